namespace BoneInfo.Web.Backups;

public static class BackupsSetup
{
    public static IServiceCollection AddBackups(this IServiceCollection services)
    {
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section);
        services.AddHostedService<ScheduledBackups>();
        return services.AddScoped<DatabaseBackup>();
    }
}

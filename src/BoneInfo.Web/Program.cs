using BoneInfo.Web.Hosting;

var (command, hostArgs) = CommandLine.Parse(args);

var builder = WebApplication.CreateBuilder(hostArgs);
builder.AddBoneInfoLogging();
builder.Services.AddBoneInfo();
builder.AddWarmStart();

var app = builder.Build();
if (command?.PreparesDatabase != false)
{
    await app.PrepareDatabaseAsync(serving: command is null);
}

if (command is not null)
{
    return await command.RunAsync(app);
}

app.UseBoneInfo();
await app.RunAsync();
return 0;

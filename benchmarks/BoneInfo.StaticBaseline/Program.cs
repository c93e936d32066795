using Microsoft.Extensions.FileProviders;

// Serves the folder given as the first argument, as a plain static-file server would: the baseline that
// benchmarks/pages/run-pages.sh compares BoneInfo's pages against.
var root = Path.GetFullPath(args.Length > 0 ? args[0] : ".");
var builder = WebApplication.CreateSlimBuilder(args.Skip(1).ToArray());
builder.Logging.ClearProviders();
var app = builder.Build();
app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root), ServeUnknownFileTypes = false });
await app.RunAsync();

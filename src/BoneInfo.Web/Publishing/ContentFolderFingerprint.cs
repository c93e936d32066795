using System.Security.Cryptography;
using System.Text;

namespace BoneInfo.Web.Publishing;

/// <summary>
/// A hash of a content folder's article files (names and bytes, in name order) and of the build reading them, so
/// a new release, whose parser may read the same files differently, imports again.
/// </summary>
public static class ContentFolderFingerprint
{
    public static string Of(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(ContentFolderFingerprint).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            hash.AppendData(Encoding.UTF8.GetBytes($"{Path.GetFileName(file)}\0{bytes.Length}\0"));
            hash.AppendData(bytes);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}

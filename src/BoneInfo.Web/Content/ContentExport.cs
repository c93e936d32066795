using System.IO.Compression;
using System.Text;
using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Content;

/// <summary>A zip of content files, one per article at its top level: the layout ContentImporter reads.</summary>
public static class ContentExport
{
    public static byte[] Zip(IEnumerable<ArticleContent> articles, DateTimeOffset writtenAt)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var article in articles)
            {
                var entry = zip.CreateEntry(ContentFileWriter.FileName(article), CompressionLevel.Optimal);
                entry.LastWriteTime = writtenAt;
                using var stream = entry.Open();
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ContentFileWriter.Write(article));
                stream.Write(bytes);
            }
        }
        return buffer.ToArray();
    }
}

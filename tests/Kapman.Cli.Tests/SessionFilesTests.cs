using Kapman.Cli.Cli;

namespace Kapman.Cli.Tests;

public class SessionFilesTests
{
    [Test]
    public void Lists_session_dates_of_the_flat_file_layout_in_order()
    {
        var root = Directory.CreateTempSubdirectory("kapman-data-").FullName;
        try
        {
            var baseDir = Path.Combine(root, "flatfiles", "us_stocks_sip", "day_aggs_v1");
            foreach (var file in new[] { "2025/08/2025-08-26.csv.gz", "2024/12/2024-12-31.csv.gz", "2025/08/README.txt", "2025/08/not-a-date.csv.gz" })
            {
                var path = Path.Combine(baseDir, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, string.Empty);
            }

            Assert.That(SessionFiles.List(root), Is.EqualTo(new[] { new DateOnly(2024, 12, 31), new DateOnly(2025, 8, 26) }));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void A_data_root_without_flat_files_lists_nothing()
    {
        Assert.That(SessionFiles.List("/nonexistent/kapman"), Is.Empty);
    }
}

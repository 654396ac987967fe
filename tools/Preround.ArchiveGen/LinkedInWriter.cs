using System.Globalization;
using System.Text;

namespace Preround.ArchiveGen;

/// <summary>
/// LinkedIn Shares.csv (with the per-paragraph quoting quirk and styled letters), Comments.csv for replies, reshares
/// as rows with no commentary of their own, and messages.csv for direct messages (which the audit never reads).
/// </summary>
public static class LinkedInWriter
{
    public static GenStats Write(ArchiveOutput output, PostFactory factory, long count, ICollection<ExpectedPost>? expected = null)
    {
        // NOTE: a zip can only have one entry open at a time, so comments and messages are collected first.
        var comments = new StringBuilder("Date,Link,Message\n");
        var messages = new StringBuilder("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n");
        long written = 0, direct = 0;
        using (var shares = output.Create("Shares.csv"))
        {
            shares.Write("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n");
            for (long i = 0; i < count; i++)
            {
                var p = factory.Next(i, count);
                var date = p.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                if (p.Direct)
                {
                    direct++;
                    messages.Append($"2-{p.Id},,Dr. Synthetic,https://www.linkedin.com/in/dr-synthetic,Synthetic Friend,{date} UTC,,{Csv("DM-ONLY " + p.Text)},INBOX\n");
                    continue;
                }
                written++;
                switch (p.Kind)
                {
                    case "reply":
                        var comment = "Synthetic Friend " + p.Text;
                        comments.Append($"{date},https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{p.Id},{Csv(comment)}\n");
                        expected?.Add(new ExpectedPost("reply", p.CreatedAt, comment));
                        break;
                    case "repost":
                        // A reshare without words of one's own: only the shared link is recorded.
                        shares.Write($"{date},https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{p.Id},\"\",https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{p.Id + 11},\"\",MEMBER_NETWORK\n");
                        expected?.Add(new ExpectedPost("repost", p.CreatedAt, ""));
                        break;
                    default:
                        // Real exports wrap every paragraph of a multi-paragraph post in literal quotes.
                        var commentary = $"{p.Text}\"\n\"\"\n\"𝗪𝗵𝘆 𝗶𝘁 𝗺𝗮𝘁𝘁𝗲𝗿𝘀: better care.";
                        shares.Write($"{date},https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{p.Id},{Csv(commentary)},\"\",\"\",MEMBER_NETWORK\n");
                        expected?.Add(new ExpectedPost("original", p.CreatedAt, p.Text));
                        break;
                }
            }
        }
        using (var w = output.Create("Comments.csv")) w.Write(comments.ToString());
        using (var w = output.Create("messages.csv")) w.Write(messages.ToString());
        return new GenStats(written, 0, direct);
    }

    private static string Csv(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
}

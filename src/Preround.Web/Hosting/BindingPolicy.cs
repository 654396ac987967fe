using System.Net;

namespace Preround.Web.Hosting;

/// <summary>Decides whether the app may listen where it was asked to.</summary>
internal static class BindingPolicy
{
    /// <summary>True for 127.0.0.0/8, ::1 and "localhost".</summary>
    public static bool IsLoopback(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        var trimmed = host.Trim('[', ']');
        return IPAddress.TryParse(trimmed, out var ip) && IPAddress.IsLoopback(ip);
    }

    /// <summary>Throws with a message that says what to do when the address is not allowed.</summary>
    /// <exception cref="WebSetupException">Non-loopback without an access token, a bad address, or a bad port.</exception>
    public static void Validate(WebOptions options)
    {
        if (options.Port is < 0 or > 65535) throw new WebSetupException($"Port {options.Port} is not valid; use 1-65535 (or 0 for any free port).");
        if (!IsLoopback(options.Host))
        {
            if (!IPAddress.TryParse(options.Host.Trim('[', ']'), out _))
            {
                throw new WebSetupException($"'{options.Host}' is not an IP address; give 127.0.0.1 (default), ::1, or the address of one of this machine's interfaces.");
            }
            if (string.IsNullOrEmpty(options.AccessToken))
            {
                throw new WebSetupException(
                    $"Refusing to listen on {options.Host}: that opens the app to the network. Stay on 127.0.0.1 (the default), " +
                    "or set an access token with --token (or PREROUND_TOKEN) so that only people who have it get in.");
            }
        }
        if (options.AccessToken is { Length: > 0 and < 16 })
        {
            throw new WebSetupException("The access token is too short to protect anything; use at least 16 characters (for example the output of `openssl rand -hex 16`).");
        }
    }
}

/// <summary>The app cannot start as configured; the message says why and what to change.</summary>
public sealed class WebSetupException(string message) : Exception(message);

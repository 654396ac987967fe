namespace Preround.Privacy.Recognizers;

/// <summary>Check-digit and structure rules that set an identifier's confidence to 1 (valid) or drop it (invalid).</summary>
public static class Validators
{
    /// <summary>SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000; and not a well-known advertising number.</summary>
    public static bool IsPlausibleSsn(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9) return false;
        var area = (digits[0] - '0') * 100 + (digits[1] - '0') * 10 + (digits[2] - '0');
        var group = (digits[3] - '0') * 10 + (digits[4] - '0');
        var serial = (digits[5] - '0') * 1000 + (digits[6] - '0') * 100 + (digits[7] - '0') * 10 + (digits[8] - '0');
        if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) return false;
        // NOTE: 078-05-1120 (the Woolworth wallet card) and 123-45-6789 were used in advertising and are void.
        return !digits.SequenceEqual("078051120") && !digits.SequenceEqual("123456789");
    }

    /// <summary>Luhn mod-10, for payment card numbers (13-19 digits).</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 12) return false;
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9) return false;
            if (doubleIt)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /// <summary>NPI: ten digits whose Luhn check over the prefix 80840 holds (CMS NPI standard).</summary>
    public static bool IsValidNpi(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 10 || digits[0] is not ('1' or '2')) return false;
        Span<char> withPrefix = stackalloc char[15];
        "80840".AsSpan().CopyTo(withPrefix);
        digits.CopyTo(withPrefix[5..]);
        return PassesLuhn(withPrefix);
    }

    /// <summary>North American numbering plan: area code and exchange start with 2-9, and not an N11 service code.</summary>
    public static bool IsPlausibleNanp(ReadOnlySpan<char> tenDigits)
    {
        if (tenDigits.Length != 10) return false;
        if (tenDigits[0] < '2' || tenDigits[3] < '2') return false;
        if (tenDigits[1] == '1' && tenDigits[2] == '1') return false;
        return !(tenDigits[4] == '1' && tenDigits[5] == '1');
    }

    /// <summary>Every octet of a dotted IPv4 address is 0-255.</summary>
    public static bool IsIpv4(ReadOnlySpan<char> s)
    {
        var parts = 0;
        foreach (var range in s.Split('.'))
        {
            var part = s[range];
            if (part.Length is 0 or > 3 || !int.TryParse(part, out var v) || v > 255) return false;
            if (part.Length > 1 && part[0] == '0') return false;
            parts++;
        }
        return parts == 4;
    }

    /// <summary>The digits of a string, without separators.</summary>
    public static string DigitsOf(ReadOnlySpan<char> s)
    {
        Span<char> buffer = stackalloc char[Math.Min(s.Length, 64)];
        var n = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c) && n < buffer.Length) buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }
}

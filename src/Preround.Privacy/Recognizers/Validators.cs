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
        // NOTE: 078-05-1120 (the Woolworth wallet card) was printed in advertising and is void. 123-45-6789, also
        // void, is still found: whoever writes it means an SSN, and a redactor should treat it as one.
        return !digits.SequenceEqual("078051120");
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

    /// <summary>IBAN: moved country and check digits, letters as 10-35, and the whole number mod 97 is 1 (ISO 13616).</summary>
    public static bool IsValidIban(ReadOnlySpan<char> s)
    {
        Span<char> compact = stackalloc char[40];
        var n = 0;
        foreach (var c in s)
        {
            if (c == ' ') continue;
            if (n == compact.Length || !char.IsAsciiLetterOrDigit(c)) return false;
            compact[n++] = char.ToUpperInvariant(c);
        }
        if (n is < 15 or > 34 || !char.IsAsciiLetter(compact[0]) || !char.IsAsciiLetter(compact[1]) || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3])) return false;
        var remainder = 0;
        for (var k = 0; k < n; k++)
        {
            var c = compact[(k + 4) % n];
            if (char.IsAsciiDigit(c)) remainder = (remainder * 10 + (c - '0')) % 97;
            else remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder == 1;
    }

    /// <summary>DEA registration number: (d1 + d3 + d5) + 2 × (d2 + d4 + d6) ends in d7.</summary>
    public static bool IsValidDea(ReadOnlySpan<char> s)
    {
        if (s.Length != 9 || !char.IsAsciiLetter(s[0]) || !(char.IsAsciiLetter(s[1]) || s[1] == '9')) return false;
        var d = s[2..];
        foreach (var c in d) if (!char.IsAsciiDigit(c)) return false;
        var sum = (d[0] - '0') + (d[2] - '0') + (d[4] - '0') + 2 * ((d[1] - '0') + (d[3] - '0') + (d[5] - '0'));
        return sum % 10 == d[6] - '0';
    }

    /// <summary>Whether the digits start like a card of a major network (Visa, Mastercard, Amex, Diners, Discover, JCB, UnionPay, Maestro).</summary>
    public static bool HasCardNetworkPrefix(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2) return false;
        var two = (digits[0] - '0') * 10 + (digits[1] - '0');
        return digits[0] == '4' || two is >= 51 and <= 55 or 34 or 37 or 30 or 36 or 38 or 39 or 35 or 62 or 64 or 65 or 50 or 56 or 57 or 58 or 60 or 63 or 67
            || (two is >= 22 and <= 27);
    }
}

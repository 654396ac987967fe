namespace Preround.Core.Text;

/// <summary>What a token is; rules treat handles, links and hashtags differently from words.</summary>
public enum TokenKind
{
    Word, Number, Hashtag, Mention, Url, Emoji, Punctuation,
}

/// <summary>A token of the normalised text. <see cref="Start"/> and <see cref="Length"/> are in normalised coordinates.</summary>
public readonly record struct Token(int Index, int Start, int Length, TokenKind Kind, int Sentence)
{
    public int End => Start + Length;
}

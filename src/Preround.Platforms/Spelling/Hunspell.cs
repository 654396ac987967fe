using System.Runtime.InteropServices;

namespace Preround.Platforms.Spelling;

/// <summary>
/// The system's libhunspell (Debian: <c>libhunspell-1.7-0</c>) through its C API, loaded at run time so that a
/// machine without it still runs everything else. Not thread-safe (Hunspell is not): callers lock.
/// </summary>
internal sealed unsafe class Hunspell : IDisposable
{
    private static readonly string[] LibraryNames = ["libhunspell-1.7.so.0", "libhunspell-1.7.so", "libhunspell.so", "libhunspell-1.7.0.dylib", "libhunspell.dylib", "libhunspell"];

    private readonly nint _library;
    private nint _handle;
    private readonly delegate* unmanaged<nint, void> _destroy;
    private readonly delegate* unmanaged<nint, byte*, int> _addDic;
    private readonly delegate* unmanaged<nint, byte*, int> _spell;
    private readonly delegate* unmanaged<nint, byte*, int> _add;

    private Hunspell(nint library, nint handle)
    {
        _library = library;
        _handle = handle;
        _destroy = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(library, "Hunspell_destroy");
        _addDic = (delegate* unmanaged<nint, byte*, int>)NativeLibrary.GetExport(library, "Hunspell_add_dic");
        _spell = (delegate* unmanaged<nint, byte*, int>)NativeLibrary.GetExport(library, "Hunspell_spell");
        _add = (delegate* unmanaged<nint, byte*, int>)NativeLibrary.GetExport(library, "Hunspell_add");
    }

    /// <summary>Opens a dictionary; null with <paramref name="problem"/> saying what is missing.</summary>
    public static Hunspell? Open(string affPath, string dicPath, out string? problem)
    {
        problem = null;
        nint library = 0;
        foreach (var name in LibraryNames)
        {
            if (NativeLibrary.TryLoad(name, out library)) break;
        }
        if (library == 0)
        {
            problem = "the Hunspell library (libhunspell-1.7.so.0) is not installed (Debian/Ubuntu: apt-get install libhunspell-1.7-0)";
            return null;
        }
        if (!File.Exists(affPath) || !File.Exists(dicPath))
        {
            problem = $"the English dictionary is missing ({dicPath}; Debian/Ubuntu: apt-get install hunspell-en-us)";
            return null;
        }
        try
        {
            var create = (delegate* unmanaged<byte*, byte*, nint>)NativeLibrary.GetExport(library, "Hunspell_create");
            nint handle;
            fixed (byte* aff = Utf8Z(affPath))
            fixed (byte* dic = Utf8Z(dicPath))
            {
                handle = create(aff, dic);
            }
            if (handle == 0)
            {
                problem = $"Hunspell could not open {dicPath}";
                return null;
            }
            return new Hunspell(library, handle);
        }
        catch (EntryPointNotFoundException e)
        {
            problem = "the Hunspell library lacks its C API: " + e.Message;
            return null;
        }
    }

    /// <summary>Adds the words of another .dic file (same affix rules).</summary>
    public bool AddDictionary(string dicPath)
    {
        fixed (byte* p = Utf8Z(dicPath)) return _addDic(_handle, p) == 0;
    }

    /// <summary>Adds one word to the run-time dictionary.</summary>
    public void Add(string word)
    {
        fixed (byte* p = Utf8Z(word)) _add(_handle, p);
    }

    public bool Spell(string word)
    {
        fixed (byte* p = Utf8Z(word)) return _spell(_handle, p) != 0;
    }

    public void Dispose()
    {
        if (_handle == 0) return;
        _destroy(_handle);
        _handle = 0;
    }

    private static byte[] Utf8Z(string s)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(s) + 1];
        System.Text.Encoding.UTF8.GetBytes(s, bytes);
        return bytes;
    }
}

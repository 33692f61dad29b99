namespace Knowledge.Extraction.Entities;

/// <summary>
/// An ordered list of entity passes that can be changed by pass name, in the manner of Markdig's
/// <c>OrderedList&lt;BlockParser&gt;</c>: insert a pass before or after another, replace or remove one.
/// </summary>
public sealed class EntityPassList : List<IEntityPass>
{
    /// <summary>Creates an empty list.</summary>
    public EntityPassList() { }

    /// <summary>Creates a list of the given passes, in order.</summary>
    public EntityPassList(IEnumerable<IEntityPass> passes) : base(passes) { }

    /// <summary>The index of the pass with the given name, or -1.</summary>
    public int IndexOf(string name) => FindIndex(p => p.Name == name);

    /// <summary>The pass with the given name, or null.</summary>
    public IEntityPass? Find(string name) => Find(p => p.Name == name);

    /// <summary>Inserts a pass right before the one with the given name.</summary>
    public EntityPassList InsertBefore(string name, IEntityPass pass)
    {
        ArgumentNullException.ThrowIfNull(pass);
        Insert(RequiredIndexOf(name), pass);
        return this;
    }

    /// <summary>Inserts a pass right after the one with the given name.</summary>
    public EntityPassList InsertAfter(string name, IEntityPass pass)
    {
        ArgumentNullException.ThrowIfNull(pass);
        Insert(RequiredIndexOf(name) + 1, pass);
        return this;
    }

    /// <summary>Replaces the pass with the given name.</summary>
    public EntityPassList Replace(string name, IEntityPass pass)
    {
        ArgumentNullException.ThrowIfNull(pass);
        this[RequiredIndexOf(name)] = pass;
        return this;
    }

    /// <summary>Removes the pass with the given name; returns whether there was one.</summary>
    public bool Remove(string name)
    {
        int i = IndexOf(name);
        if (i < 0) return false;
        RemoveAt(i);
        return true;
    }

    private int RequiredIndexOf(string name)
    {
        int i = IndexOf(name);
        return i >= 0 ? i : throw new ArgumentException($"{nameof(EntityPassList)} holds no pass named '{name}'.", nameof(name));
    }
}

using System.Collections.Immutable;
using System.Linq;

namespace LawEnforcementAI.Analyzers.Policy.Packs;

/// <summary>
/// One policy a rule can cite: a provider's usage policy or a law. Its clauses are quoted as checked on
/// <see cref="Checked"/>; a rule's message names the clause and the URL, so a reader can check the wording themselves.
/// </summary>
internal sealed class PolicyPack
{
    public PolicyPack(string id, string name, string url, string @checked, Evidence evidence, params PackClause[] clauses)
    {
        Id = id;
        Name = name;
        Url = url;
        Checked = @checked;
        Evidence = evidence;
        Clauses = clauses.ToImmutableArray();
    }

    /// <summary>Stable, lower-case, used by tests and docs (e.g. <c>eu-ai-act</c>).</summary>
    public string Id { get; }

    /// <summary>As a message names it, e.g. "EU AI Act (Regulation (EU) 2024/1689)".</summary>
    public string Name { get; }

    public string Url { get; }

    /// <summary>The date (yyyy-MM-dd) the clauses' wording was last compared with the publisher's text or its copies.</summary>
    public string Checked { get; }

    public Evidence Evidence { get; }

    public ImmutableArray<PackClause> Clauses { get; }

    public PackClause Clause(ClauseKind kind) => Clauses.First(c => c.Kind == kind);

    public bool Has(ClauseKind kind) => Clauses.Any(c => c.Kind == kind);

    /// <summary>"EU AI Act (Regulation (EU) 2024/1689) art. 5(1)(h), https://…, wording checked 2026-12-05".</summary>
    public string Cite(ClauseKind kind) => Name + " " + Clause(kind).Reference + ", " + Url + ", wording checked " + Checked;
}

/// <summary>How the quoted wording is known (docs/policy.md, "Policy packs").</summary>
internal enum Evidence
{
    /// <summary>The publisher's own text, or a faithful stored copy of it.</summary>
    PublisherText,

    /// <summary>Quoted by secondary sources only (press, law-firm summaries); re-check before relying on the words.</summary>
    Secondary,
}

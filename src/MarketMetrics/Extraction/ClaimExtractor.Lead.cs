using MarketMetrics.Parsing;

namespace MarketMetrics.Extraction;

public sealed partial class ClaimExtractor
{
    private static Figure First => FirstRank.Value;

    private static class FirstRank
    {
        public static readonly Figure Value = QuantityParser.Default.Parse("第一").Value;
    }

    private sealed partial class Run
    {
        // "阿里、字節、百度等廠商…均宣稱“領先”" followed by each vendor's basis ("阿里云則以全鏈路服務營收為標準"): each listed vendor
        // claims to be first on the basis the text then names for it. A vendor whose basis the text does not name, or that
        // already claims first in the text on that basis, gets no claim from this sentence.
        private void FindClaimsToLead(List<(int Start, Func<int, ExtractedClaim> Build)> proposals, List<(FoundFigure Figure, int Sentence)> figures)
        {
            for (int s = 0; s < _sentences.Count; s++)
            {
                Sentence sentence = _sentences[s];
                foreach (string lead in LeadWords)
                {
                    int at = _t.IndexOf(lead, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
                    if (at < 0 || !ContainsAny(_t.AsSpan(sentence.Start, at - sentence.Start), EachClaimWords, out string each))
                    {
                        continue;
                    }

                    var listed = new List<Mention>();
                    for (int m = FirstMentionFrom(sentence.Start); m < _mentions.Count && _mentions[m].End <= at; m++)
                    {
                        if (_mentions[m].Entity.Kind is EntityKind.Vendor or EntityKind.ModelFamily && !listed.Exists(x => x.Entity.Equals(_mentions[m].Entity)))
                        {
                            listed.Add(_mentions[m]);
                        }
                    }

                    if (listed.Count < 2)
                    {
                        continue;
                    }

                    foreach (Mention vendor in listed)
                    {
                        if (StatedBasisFor(vendor.Entity, s) is not { } statement)
                        {
                            continue;
                        }

                        if (AlreadyFirst(figures, statement.Mention.Entity, statement.Basis))
                        {
                            continue;
                        }

                        int leadAt = at;
                        int sentenceIndex = s;
                        (Mention named, string basis, string cue, Span clause) = statement;
                        proposals.Add((leadAt, n => LeadClaim(n, leadAt, lead.Length, sentenceIndex, vendor, named, basis, cue, clause, each)));
                    }
                }
            }
        }

        private (Mention Mention, string Basis, string Cue, Span Clause)? StatedBasisFor(Entity listed, int sentenceIndex)
        {
            Sentence sentence = _sentences[sentenceIndex];
            for (int s = sentenceIndex; s < _sentences.Count && s <= sentenceIndex + 2 && _sentences[s].Paragraph == sentence.Paragraph; s++)
            {
                foreach (Span clause in ClausesOf(_sentences[s]))
                {
                    Mention? only = null;
                    bool several = false;
                    for (int m = FirstMentionFrom(clause.Start); m < _mentions.Count && _mentions[m].Start < clause.End; m++)
                    {
                        Mention mention = _mentions[m];
                        if (mention.Entity.Kind is EntityKind.Publisher or EntityKind.Group)
                        {
                            continue;
                        }

                        several |= only is { } o && !o.Entity.Equals(mention.Entity);
                        only ??= mention;
                    }

                    if (only is not { } named || several || !_owner._aliases.BelongsTo(named.Entity.Id, listed.Id))
                    {
                        continue;
                    }

                    if (Decide(First, clause.Start, clause.End) is { ByUnit: false } decided)
                    {
                        return (named, decided.Basis, decided.Cue, clause);
                    }
                }
            }

            return null;
        }

        private bool AlreadyFirst(List<(FoundFigure Figure, int Sentence)> figures, Entity entity, string basis)
        {
            foreach ((FoundFigure figure, int sentence) in figures)
            {
                if (!figure.Figure.Unit.Dimension.Equals(Dimension.Rank) || figure.Figure.Value.Low.ValueOrNull != 1m)
                {
                    continue;
                }

                Span clause = ClauseOf(figure.Start);
                if (NearestMentionBefore(figure.Start, clause.Start) is { } m && _owner._aliases.BelongsTo(m.Entity.Id, entity.Id)
                    && Decide(figure.Figure, clause.Start, clause.End) is { } decided && decided.Basis == basis)
                {
                    return true;
                }
            }

            return false;
        }

        private ExtractedClaim LeadClaim(int number, int at, int length, int sentenceIndex, Mention listed, Mention named, string basis, string cue, Span clause, string each)
        {
            Sentence sentence = _sentences[sentenceIndex];
            (int line, int column) = LineColumn(at);
            string leadText = OriginalText(at, at + length);
            var claimant = new ExtractedField(named.Name, ExtractionCertainty.Inferred, $"'{OriginalText(listed.Start, listed.End)}' is among those that '{each}' '{leadText}'", Original(listed.Start), Original(listed.End) - Original(listed.Start));
            (ExtractedField publisher, PublisherKind publisherKind) = PublisherOf(claimant);
            return new ExtractedClaim
            {
                Id = ClaimId(number),
                Value = "第一",
                Figure = First,
                Start = Original(at),
                Length = Original(at + length) - Original(at),
                Line = line,
                Column = column,
                Quote = OriginalText(sentence.Start, sentence.End),
                Subject = Field(named.Name, ExtractionCertainty.Inferred, $"'{OriginalText(named.Start, named.End)}' is where the text names the basis of '{OriginalText(listed.Start, listed.End)}'", named.Start, named.End),
                Claimant = claimant,
                Basis = new ExtractedField(basis, ExtractionCertainty.Inferred, $"{cue} where the text names {named.Name}'s basis"),
                Scope = ExtractedField.None,
                Period = ExtractedField.None,
                Aggregation = ExtractedField.None,
                Market = MarketOf(_sentences[SentenceIndex(clause.Start)], clause) is { Certainty: ExtractionCertainty.Stated } market ? market : ExtractedField.None,
                Status = ExtractedField.None,
                Publisher = publisher,
                PublisherKind = publisherKind,
                Published = _context.Published,
                Source = _context.Source,
                Language = _context.Language,
                ScopeNotes = OriginalText(clause.Start, clause.End) + $" ('{leadText}', a claim to lead, read as first)",
            };
        }
    }
}

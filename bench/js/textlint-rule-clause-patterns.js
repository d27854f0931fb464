// The textlint side of bench/extract_throughput.sh: one rule that looks for 40 clause-like
// patterns (the kind of regexes a clause detector starts from) in each file's whole text and
// reports every match. Loaded with `textlint --rulesdir bench/js` (every .js file in bench/js is
// taken as a rule, so keep this the only one).

// Gaps between key words stay inside a sentence and are bounded, like a detector's would be.
const GAP = "[^.;]{0,120}?";

const PATTERNS = [
  ["termination.convenience", `terminat\\w*${GAP}\\bfor (?:its )?convenience`],
  ["termination.convenience", `terminat\\w*${GAP}\\bwithout cause`],
  ["termination.convenience", `terminat\\w*${GAP}\\bat any time${GAP}\\bnotice`],
  ["termination.breach", `terminat\\w*${GAP}\\bmaterial(?:ly)? breach`],
  ["termination.insolvency", `\\b(?:insolven\\w*|bankrupt\\w*|receiver|liquidat\\w*)${GAP}\\bterminat\\w*`],
  ["termination.change_of_control", `\\bchange (?:of|in) control\\b`],
  ["term.renewal", `\\b(?:automatically|auto-)\\s*renew\\w*`],
  ["term.renewal", `\\bsuccessive${GAP}\\b(?:renewal )?(?:terms?|periods?)\\b`],
  ["term.renewal_notice", `\\bnotice of (?:non-?renewal|its intent(?:ion)? not to renew)\\b`],
  ["term.renewal_notice", `\\b(?:\\d+|thirty|sixty|ninety)\\s*(?:\\(\\d+\\)\\s*)?days${GAP}\\bprior to${GAP}\\b(?:expiration|end) of${GAP}\\bterm\\b`],
  ["term.initial", `\\b(?:initial term|term of this agreement)${GAP}\\b(?:commenc|continu|expir|end)\\w*`],
  ["governing_law", `\\bgoverned by${GAP}\\blaws? of\\b`],
  ["governing_law", `\\bconstrued (?:in accordance with|under)${GAP}\\blaws? of\\b`],
  ["jurisdiction", `\\b(?:exclusive|non-exclusive) jurisdiction of${GAP}\\bcourts?\\b`],
  ["dispute.arbitration", `\\b(?:settled|resolved|determined) by${GAP}\\barbitration\\b`],
  ["audit.rights", `\\b(?:right to|may) (?:audit|inspect)${GAP}\\b(?:books|records|accounts|facilities)\\b`],
  ["audit.rights", `\\b(?:books|records)${GAP}\\bavailable for${GAP}\\b(?:audit|inspection)\\b`],
  ["liability.cap", `\\b(?:aggregate|total|maximum|cumulative) liability${GAP}\\b(?:shall not|will not|not) exceed\\b`],
  ["liability.cap", `\\bliability${GAP}\\blimited to${GAP}\\b(?:amount|fees|sum)s?\\b`],
  ["liability.exclusion", `\\bin no event${GAP}\\bliable${GAP}\\b(?:indirect|incidental|consequential|special|punitive)\\b`],
  ["liability.uncapped", `\\b(?:limitation|cap)s? (?:of|on) liability${GAP}\\bshall not apply\\b`],
  ["liability.liquidated_damages", `\\bliquidated damages\\b`],
  ["indemnity", `\\b(?:indemnify|defend)${GAP}\\bhold harmless\\b`],
  ["insurance", `\\bshall (?:obtain and )?maintain${GAP}\\binsurance\\b`],
  ["insurance", `\\b(?:general|product|professional|errors and omissions) liability insurance\\b`],
  ["insurance", `\\bnamed? as (?:an )?additional insured\\b`],
  ["exit.assistance", `\\b(?:upon|following|after) (?:the )?(?:termination|expiration)${GAP}\\b(?:transition|wind[- ]down|continue to (?:provide|supply))\\b`],
  ["pricing.minimum_commitment", `\\bminimum (?:purchase|order|annual|quarterly|monthly) (?:commitment|quantit\\w+|requirements?|amounts?)\\b`],
  ["pricing.minimum_commitment", `\\b(?:purchase|order|buy)${GAP}\\bnot less than\\b`],
  ["assignment", `\\b(?:not|no party may|neither party (?:may|shall)) (?:\\w+ )?assign${GAP}\\b(?:without|prior written consent)\\b`],
  ["assignment", `\\bany (?:purported )?assignment${GAP}\\bshall be (?:null and )?void\\b`],
  ["exclusivity", `\\bexclusive (?:distributor|supplier|provider|licen[cs]e|right)\\b`],
  ["exclusivity", `\\bshall not${GAP}\\b(?:purchase|obtain|sell)${GAP}\\bfrom any (?:other|third)\\b`],
  ["non_compete", `\\b(?:shall not|agrees not to)${GAP}\\b(?:compet\\w+|engage in (?:any )?(?:business|activit\\w+))\\b`],
  ["non_solicit", `\\b(?:solicit|hire|employ|recruit)${GAP}\\b(?:employees?|personnel|staff)\\b`],
  ["warranty", `\\bwarrant\\w*${GAP}\\bfor a period of\\b`],
  ["warranty", `\\bfree from (?:material )?defects in (?:materials?|workmanship|design)\\b`],
  ["ip.ownership", `\\b(?:shall own|sole and exclusive (?:owner|property))${GAP}\\b(?:right|title|interest|intellectual property)\\b`],
  ["ip.ownership", `\\b(?:hereby )?assigns?${GAP}\\ball (?:right, title and interest|rights?, titles? and interests?)\\b`],
  ["confidentiality", `\\b(?:hold|keep|maintain)${GAP}\\bconfidential\\w*${GAP}\\b(?:not disclose|strict)\\w*`],
];

const REGEXES = PATTERNS.map(([kind, source]) => [kind, new RegExp(source, "gi")]);
if (REGEXES.length !== 40) throw new Error(`expected 40 patterns, have ${REGEXES.length}`);

const reporter = (context) => {
  const { Syntax, RuleError, report, getSource, locator } = context;
  return {
    [Syntax.Document](node) {
      const text = getSource(node);
      for (const [kind, regex] of REGEXES) {
        for (const match of text.matchAll(regex)) {
          report(
            node,
            new RuleError(`${kind}: ${match[0].slice(0, 60)}`, {
              padding: locator.range([match.index, match.index + match[0].length]),
            }),
          );
        }
      }
    },
  };
};

export default reporter;

"""From an article to incidents: sentences -> event cues -> incident groups -> fields."""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from . import casualties, evidence_model, taxonomy
from .actor_coding import became_state, code_incident, left_state
from .actors import find_actors, pick_actors, same_side
from .background import (accident_headline, exercise, is_background, is_off_topic, latest_in_series, names_past_year,
                         non_violent, violence_words, without_causes)
from .clean import clean
from .merge import PLACE_FIELDS, merge_same_event
from .dates import (day_month, has_explicit_date, local_published, parse_published, relative_day, reported_date,
                    resolve_date, told_day_before, zone_local_date)
from .incident import Incident
from ..geo.candidates import dist_km
from ..geo.country_area import area_at
from ..geo.outlet_country import country_of_url
from .locations import (BORDER_WITH, DESTINATION_BEFORE, SOURCE_BEFORE, Place, choose_location, city_around, far_from,
                        geoparse_text, in_span, more_specific, region_of, same_admin)
from .numbers import NUMBER_PATTERN
from .sentences import Sentence, split_sentences
from .fastregex import filtered, speed_up

_CLAIM_BACK = re.compile(r"\bclaim(?:ed|s|ing) (?:responsibility|credit) for (?:the|this|that|both|these|those|it)\b",
                         re.I)
# "The district officer confirmed the incident and said troops were tracking the abductors": said of the event told.
_TOLD_OF_IT = re.compile(r"\b(?:confirmed|condemned|denied|described|deplored|mentioned|recalled|referred to|spoke of) "
                         r"(?:the|this|that|Sunday's|Monday's|Tuesday's|"
                         r"Wednesday's|Thursday's|Friday's|Saturday's) (?:\w+ )?(?:incident|attack|abduction|kidnapping|"
                         r"killings?|raid|ambush|bombing|shooting|massacre|strike|shelling|blast|explosion)\b"
                         # (not "confirmed the killing on Sunday of a community leader": a day and a victim told anew)
                         r"(?! on (?:[A-Z][a-z]+day|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}) of )", re.I)
_CODED_AS = re.compile(r"\s*(?:(?:location|event|it) (?:was |is )?)?coded (?:as|to|at|in)\b", re.I)
_SIZE_TAG = re.compile(r"\[(?:size|women targeted|coded)[^\]]*\]", re.I)


def _without_size_tags(text: str) -> str:
    """The text without ACLED's "[size=...]" tags; a text without a "[" (nearly all) is returned as it is."""
    return _SIZE_TAG.sub("", text) if "[" in text else text

_ONLY_NEGATED_TOLL = re.compile(r"^(?:so far,? )?(?:there (?:were|was|have been|has been) )?no (?:\w+ )?(?:injur\w*|casualt\w*|fatalit\w*|deaths?|"
                                r"arrests?|damage)\b[^.;]*(?:reported|recorded|confirmed)?\W*$|^no one was "
                                r"(?:hurt|injured|killed)\W*$", re.I)
# "no arrests were reported", "no one was arrested", "left without making any arrests": no one detained
_NO_ARREST = re.compile(r"\bno (?:\w+ )?arrests?\b|\b(?:nobody|no one|no-one) (?:was|were|has been|had been) (?:arrested|"
                        r"detained)\b|\bwithout (?:making )?(?:any )?arrests?\b", re.I)
# Grenades seized, recovered or handed over, not thrown
_ARMS_HAUL = re.compile(r"\bgrenades?\b[^.;]{0,80}?\b(?:were|was|had been|have been|has been) (?:seized|recovered|found|"
                        r"confiscated|captured|handed over|surrendered|impounded)\b|\b(?:seiz(?:ed|ing)|recover(?:ed|ing)|"
                        r"confiscat(?:ed|ing)|captur(?:ed|ing)|impound(?:ed|ing)|surrender(?:ed|ing)|handed over)\b"
                        r"[^.;]{0,80}?\bgrenades?\b", re.I)
_GRENADE_USED = re.compile(r"\b(?:threw|thrown|throwing|hurl\w*|lobb\w*|toss\w*|explod\w*|detonat\w*|blast|explosion|"
                           r"attack\w*)\b", re.I)
# A military exercise's play: what it "shells" or "storms" is make-believe
_DRILL = re.compile(r"\b(?:blank (?:rounds|ammunition|cartridges)|simulated|mock (?:attacks?|assaults?|raids?|battles?|"
                    r"ambush(?:es)?)|rehears(?:ed|al|ing)|(?:military|joint|naval|live-fire|field|tactical) (?:exercises?|"
                    r"drills?)|war ?games?|manoeuvres|maneuvers)\b", re.I)
# The dead of an event told, moved or buried: "The bodies of the three fighters were taken to their home towns"
_BODIES_MOVED = re.compile(r"\bbod(?:y|ies) of (?:the )?(?:[\w'’-]+ ){0,4}?(?:were|was|have been|had been|are being|is being) "
                           r"(?:taken|flown|transported|returned|handed over|repatriated|buried|laid to rest|carried|"
                           r"transferred|released)\b", re.I)
# "four wounded residents were taken to the health centre in Cabaret": the wounded of an event told, cared for
_WOUNDED_MOVED = re.compile(r"\b(?:wounded|injured)(?: [\w'’-]+){0,2} (?:were|was|have been|had been|are being|is being) "
                            r"(?:taken|rushed|evacuated|transferred|airlifted|flown|moved|referred|brought)\b", re.I)
# "Police said nobody was hurt and no one was arrested": a source's word that nothing befell anyone
_NONE_HARMED = (r"(?:(?:nobody|no one|no-one) (?:was|were|had been|has been) (?:hurt|injured|wounded|killed|arrested|"
                r"detained)|no (?:\w+ )?(?:injur\w*|casualt\w*|fatalit\w*|deaths?|arrests?) (?:were|was|had been|have been|"
                r"has been) (?:reported|made|recorded))")
_ONLY_NONE_HARMED = re.compile(rf"^(?:[\w'’ ,.-]{{0,60}}?\b(?:said|says|added|reported|confirmed)(?:\s+on\s+\w+)?\s+"
                               rf"(?:that\s+)?)?"
                               rf"{_NONE_HARMED}(?:,?\s+(?:and|or|but)\s+{_NONE_HARMED})*\W*$", re.I)
# Openings that place an undated incident on the previous incident's day.
_CAME_DURING = re.compile(r"^the (?:\w+ )?(?:strike|attack|raid|blast|bombing|shelling|ambush|shooting) came (?:during|amid)"
                          r" (?:a|an) (?!\w+ of\b)", re.I)
_FOLLOWED_AN_EVENT = re.compile(r"^the (?:\w+ )?(?:strike|attack|raid|blast|bombing|shelling|ambush|shooting|killing|"
                                r"violence|unrest|arrests?|clash(?:es)?|fighting|gunfight|battle|protest|march|"
                                r"demonstration|riot) (?:followed|came (?:a day |two days |hours |days )?after) (?:a|an) ",
                                re.I)
_SAME_TIME = re.compile(r"^(?:the (?:\w+ )?(?:strike|attack|raid|blast|bombing|shelling|ambush|shooting) came (?:during|amid)\b|"
                        # ("Hours before the explosion, security forces fought gunmen ...": the day of the event told)
                        r"(?:hours|minutes|moments|shortly) (?:later|after|before|earlier)|later(?: that| the same)? (?:day|night|"
                        r"evening|morning)|the same (?:day|date)|that (?:same )?(?:day|evening|night|afternoon|morning)|"
                        r"meanwhile)\b|"
                        r"\b(?:on|later|earlier) (?:that|the same) (?:day|date|night|evening|morning|afternoon)\b", re.I)
# Definite references back to the incident just reported, which may open the next paragraph.
_ANAPHOR = re.compile(r"^(?:(?:the|that|this|one of the|two of the|some of the) (?:attackers?|assailants|gunmen|militants|victims?|bodies|body|blast|explosion|attack|"
                      # the target named before: "MINUSCA condemns the attack ... against a patrol ... || The patrol was
                      # attacked at around 10 a.m. about 15 kilometres north of Alindao"
                      r"patrol|detachment|(?:out)?post|garrison|checkpoint|"
                      r"raid|ambush|fighting|clash(?:es)?|firefight|gunfight|convoy|dead|wounded|injured|suspects|kidnappers|abductors|"
                      r"operation|offensive|"
                      r"perpetrators|strike|bombing|shelling|demonstrators|protesters|marchers|crowd|rioters|"
                      # the participants named before: "followers of the Bundu dia Kongo ... the adherents"
                      r"adherents|followers|raiders|"
                      r"participants|protest|demonstration|rally|march|"
                      # the means named before: "A fighter jet bombed a village ... The jet dropped two bombs"
                      r"jets?|warplanes?|aircraft|helicopters?|drones?|missiles?|rockets?|shells?|bombs?|bombers?|"
                      r"shooters?|gunman|"
                      # the vehicle hit: "their vehicle struck a roadside bomb ... || The armoured truck ... hit the device"
                      r"(?:armou?red |military |police |army |passenger )?(?:vehicle|truck|lorry|bus|minibus|pick-?up))|they|he|she)\b", re.I)
# "A day earlier, ...", "The following day, ...": a sentence dated by the day of the event told before it
_DAY_ADVERB_OPENING = re.compile(r"^(?:(?:a|one|two|three|\d) (?:day|night)s? (?:earlier|later|before)|the (?:following|next|"
                                 r"previous|preceding) (?:day|night|morning|evening)|the day (?:before|after))\b", re.I)
# "Later in the day, traders in Ghotki staged a sit-in": a paragraph that opens with the same day as the event before
_SAME_DAY_OPENING = re.compile(r"^(?:later (?:in the|that|the same) (?:day|morning|afternoon|evening|night)|"
                               r"(?:that|the same) (?:afternoon|evening|night)|(?:a few |several |two |three )?hours later)"
                               r"\b", re.I)
# "(According to the sub-prefect,) they were killed on Monday", after bodies found on a later day
_KILLED_EARLIER = re.compile(r"^(?:according to [^,;]{3,60}, )?(?:they|he|she|the (?:victims|men|dead|bodies))(?: had)? "
                             r"(?:were|was|been) (?:\w+ )?(?:killed|shot dead|murdered|hacked to death|executed)\b", re.I)
_FOUND_DEAD = re.compile(r"\b(?:found dead|bodies (?:\w+ ){0,6}?(?:were|was|have been|had been) (?:found|discovered|"
                         r"recovered)|found the bodies)\b", re.I)
# A blast only heard: "residents reported a loud explosion", "we heard two powerful blasts"
# (not a live blog's "We are following reports of a loud explosion near the police station": the news, first told)
_HEARD_ONLY = re.compile(r"\b(?:heard|hearing|reported) (?:a |an |two |several |what sounded like (?:a |an )?)?"
                         r"(?:loud|large|huge|powerful|heavy) (?:explosions?|blasts?|bangs?)\b", re.I)
# A bulletin's menu: "... top our news this morning", "... lead the headlines"
_TEASER = re.compile(r"\b(?:tops?|leads?|dominates?|make|makes) (?:our|the|this (?:morning|evening|hour)['’]s) (?:news|headlines|"
                     r"bulletin)\b|^\W*(?:in|on) (?:the|our) headlines\b", re.I)
# A report's own title line: "Flash Update #2 – Hostilities in Nabatieh (6 May 2026)", "Situation Report No. 14: ..."
_REPORT_TITLE = re.compile(r"^\W*(?:flash update|situation (?:report|update)|sitrep|humanitarian (?:update|snapshot|bulletin)|"
                           r"security (?:brief|update|bulletin)|weekly (?:brief|update|bulletin|roundup)|daily (?:brief|log))"
                           r"\b[^.!?]*$", re.I)
# A title in capitals (often numbered): "2. ARREST OF BIFF MEMBERS, MATANOG."
_CAPS_TITLE = re.compile(r"^\W*(?:\d{1,2}[.)]\s+)?[A-Z][A-Z'’,:/&()-]*(?: [A-Z'’,:/&()-]+){2,}[.:]?\s*$")
# A bulletin's sport item: "And in football, Kaduna United fought their way to a goalless draw in Kano"
_SPORT_ITEM = re.compile(r"^\W*(?:and )?in (?:football|soccer|basketball|cricket|rugby|athletics|boxing|tennis|sport)\b|"
                         r"\b(?:goalless|scoreless) draw\b|\b(?:won|lost|drew|beat \w+(?: \w+)?) \d+-\d+\b", re.I)
# A military parade: "marched through the centre of Al Dhale on Wednesday in a military parade"
_PARADE = re.compile(r"\b(?:military|army|victory|independence|national day) parades?\b", re.I)
# An on-air correction of what the outlet said before: "A correction to our midday bulletin: we reported ..."
_ON_AIR_CORRECTION = re.compile(r"^\W*(?:a |and a )?correction\b[^:]{0,60}:\s*(?:in (?:our|the) [^,]{1,40},\s*)?we "
                                r"(?:reported|said|wrote|stated)\b", re.I)
# What tells of another event: "another attack", "a separate incident", "also", "elsewhere"
_ELSEWHERE = re.compile(r"\b(?:another|separate|separately|also|elsewhere|meanwhile|other)\b", re.I)
# "Our correspondent in Kampene reports that ...": the outlet's own reporter telling the story, from where they sit
# ("Our correspondent in Kumba, Grace Ndive, reports that ...", "our colleagues in Maroua report that ...")
_REPORTER_SAYS = re.compile(r"^\W*(?:our|the|a|an|one) (?:[\w-]+ )?(?:correspondents?|reporters?|stringers?|colleagues)(?: (?:based )?"
                            r"(?:in|at) [^,;.]{2,40}?)?(?:, (?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){0,3},)? (?:reports?|"
                            r"reported|says?|said|tells? us|told us)(?: that)?\s+", re.I)
_TARGET_AGAIN = re.compile(r"the (?:detachment|(?:out)?post|garrison|checkpoint|base|position|patrol|convoy|camp)\b", re.I)
# "The officer said troops fought back ...": a source's account, opening the next paragraph, of the same event.
_REPORTED = re.compile(r"^(?:(?:one|another|a|an) (?:\w+ )?(?:said|told|recalled|added)\b|(?:the|a|an) (?:\w+ ){0,3}(?:officers?|officials?|spokes(?:man|woman|person)|police|army|"
                       r"military|ministry|witness(?:es)?|residents?|sources?|statement|governor|commander|elders?|"
                       r"directorate|command|department|agency|office|service|authorities|group|monitor|observatory)"
                       # "The spokesman for the police command in Zambézia, Sidónio Muianga, said"
                       r"(?:(?: \w+){0,2}|(?: (?:of|for|in|at) [^,.;\"“]{1,60})?(?:, [^,.;\"“]{1,40},)?) (?:said|says|told|added|"
                       r"reported|confirmed)\b)", re.I)
# Sentences that only add a toll or detail to the incident before them ("Three men were killed.").
_FOLLOW_UP = re.compile(rf"^(?:during the (?:conduct of (?:the )?)?(?:operation|raid|encounter|exchange of fire|fighting)|"
                        rf"the|they|he|she|it|this|both|all|among|several|a|an|{NUMBER_PATTERN}|"
                        r"according|later|after|during|meanwhile|the attack|the incident|the victims?|"
                        r"casualties|fatalities|no )\b", re.I)


@dataclass
class _Group:
    sentences: list[Sentence] = field(default_factory=list)
    first: Counter = field(default_factory=Counter)
    rest: Counter = field(default_factory=Counter)  # cues of the sentences that continue it
    place: Place | None = None
    context: list[Sentence] = field(default_factory=list)  # non-event sentences that add place or toll
    context_actor: str | None = None  # actor named just before the incident, for agentless sentences
    follow_text: str = ""  # the first non-event sentence after it: may name the other side
    mentions: list = field(default_factory=list)  # actors named in the first sentence (found once)
    date: dt.date | None = None  # the day its first sentence names, if any
    section_place: Place | None = None  # the region its section heading names
    section_date: dt.date | None = None  # the day its section or report covers ("Summary for Friday, June 13")
    tolls: list[Sentence] = field(default_factory=list)  # later sentences that update its toll
    near: Counter = field(default_factory=Counter)  # cues of continuing sentences in its first paragraph
    section: int = 0  # the section of the article it was opened in
    detail_date: dt.date | None = None  # the day told earlier in its paragraph ("youths on Monday blocked ...")
    later_tolls: list[Sentence] = field(default_factory=list)  # its dead told paragraphs later: they date nothing
    told_to: int = -1  # the last paragraph that went on telling it without an event of its own ("The fighting pitted")
    clause: bool = False  # told in passing, as a day-count clause of another event's sentence ("..., a day after X")


@dataclass
class _Doc:
    """One article ready to read: its cleaned body, headings, publication day and toponyms."""
    source: str                       # the text as given (incidents quote their evidence from it)
    body: str
    headings: list
    pub: dt.date
    toponyms: list
    starts: list[int]                 # the toponyms' offsets, for bisecting
    heading_starts: set[int]
    commemorative: bool = False       # the story marks the anniversary of a past event

    @functools.cached_property
    def sentences(self) -> list[Sentence]:
        """The body's sentences, split once: read into frames, and counted to tell news from a note."""
        return _split_joined_events(split_sentences(self.body), self.pub, self.toponyms)

    @functools.cached_property
    def newest_first(self) -> bool:
        """A live blog whose newest entry comes first."""
        return _newest_first(self.body)

    @functools.cached_property
    def entry_days(self) -> list[tuple[int, dt.date]]:
        """(offset, day) of a live blog's timed entries when they cross midnight (`_entry_days`)."""
        return _entry_days(self.body, self.pub)

    @functools.cached_property
    def violence(self) -> int:
        """Words of violence anywhere in the article (causes of illness aside). Asked only of a rare kind of
        sentence, so counted then: two whole-article scans most articles never need."""
        return violence_words(without_causes(self.body))


# "..., the Lasbela deputy commissioner says": a place naming the office of a source
_OFFICE_OF_PLACE_AFTER = re.compile(r"\s+(?:deputy |district |assistant |regional |provincial )?(?:commissioner|police chief|"
                                    r"police officer|administrator|governor|mayor|police spokes(?:man|woman|person))"
                                    r"\s+(?:says|said|told)\b", re.I)
_QUARTER_AFTER = re.compile(r"(?:,? (?:and|&) (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)* (?:neighbou?rhoods?|quarters?|"
                            r"suburbs?)\b")
# "Iraq's Joint Operations Command", "Nigeria's army": a country as the owner of its state's forces or offices,
# told as a demonym would be ("Iraqi security forces"), not where anything happened
_STATE_BODY_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:army|military|armed forces|security forces|forces|police|"
                               r"gendarmerie|navy|air force|government|ministry|minister|command|authorities|"
                               r"intelligence|interior|defen[cs]e|president|prime minister|presidency|cabinet|"
                               r"(?:security )?services)\b", re.I)
# "which the government calls Shene": a name given (not "a village called Kudu")
_NAME_GIVEN_BEFORE = re.compile(r"\b(?:calls?|called|dubs?|dubbed|brands?|branded|labels?|labell?ed)\s+(?:it\s+|them\s+)?"
                                r"[\"“'‘]?$", re.I)
_PLACE_CALLED_BEFORE = re.compile(r"\b(?:village|town|city|area|locality|place|hamlet|settlement|district|camp|"
                                  r"neighbou?rhood|quarter|site|spot|market|county|region)s?\s+(?:now\s+|locally\s+|also\s+)?"
                                  r"(?:called|named|known as)\s+[\"“'‘]?$", re.I)
# "near the Iraqi border": a spot told by the border it lies on
_BORDER_SPOT = re.compile(r"\b(?:near|along|on|at) the (?:[A-Z][\w-]+ )?(?:border|frontier)\b")
# ", and" between two clauses of a summary sentence
_AND_CLAUSE = re.compile(r",\s+and\s+(?=\S)|,\s+where\s+(?=\S)")
# A clause with its own subject: a short noun phrase, then a verb in -ed ("border police detained")
_OWN_SUBJECT = re.compile(r"(?:(?:the|a|an|some|several|two|three|four|five|\d+)\s+)?(?:(?:[\w'’-]+\s+){0,3}?"
                          r"(?!(?:was|were|had|has|have)\b)[a-z]+ed|"
                          # ("soldiers shot dead three attackers": an irregular past after its own subject)
                          r"(?:[\w'’-]+\s+){1,3}?(?:shot|struck|hit|fought|seized|took|blew|overran|threw|beat|burnt|set|tore|"
                          r"went off))\b")


def _other_kind(head: str, tail: str) -> bool:
    """Whether a sentence's ", and" clause has its own subject and tells another type of event than the clause
    before it ("Gunmen ambushed a security patrol in southern Syria on Friday, killing three officers, and a bomb
    tore through a crowded market in the northern city of Raqqa")."""
    subject = _OWN_SUBJECT.match(tail)
    if subject is None or len(subject.group(0).split()) < 2:
        return False   # (a bare verb shares the first clause's subject: "burned down houses ..., and killed four")
    cues_head, cues_tail = taxonomy.sentence_cues(head), taxonomy.sentence_cues(tail)
    return taxonomy.is_trigger(cues_head) and taxonomy.is_trigger(cues_tail) and \
        taxonomy.EVENT_TYPES[taxonomy.classify(cues_head, Counter(), head)[0]] != \
        taxonomy.EVENT_TYPES[taxonomy.classify(cues_tail, Counter(), tail)[0]]


_WITH_ITEM = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _with_list(s: Sentence, toponyms: list) -> list[Sentence]:
    """"The blockade brought Dhaka to a standstill on Sunday, with buses torched in Jatrabari, a deadly clash between
    rival activists in Tongi and two people killed when police opened fire on blockaders in Bogura": a summary that
    lists an event a place after "with". The first item stays with the sentence; each other item, an event at a place
    of its own, is read as a sentence of its own (its toll then counts for its own place)."""
    at = s.text.find(", with ")
    body_start = at + len(", with ")
    cuts = [body_start] + [m.end() for m in _WITH_ITEM.finditer(s.text, body_start)]
    items = []
    for a, b in zip(cuts, cuts[1:] + [len(s.text) + 2]):
        piece_end = min(b, len(s.text))
        # the separator matched at the start of the next piece: cut the piece before it
        m = _WITH_ITEM.search(s.text, a, piece_end)
        end = m.start() if m is not None and m.end() == piece_end else piece_end
        places = {t.name for t in toponyms if s.start + a <= t.start < s.start + end}
        if places and items and not items[-1][2]:
            # ("with a clash between rebels and the armed forces near Ippy, ..."): the "and" inside the first item
            items[-1][1], items[-1][2] = end, places
        elif places or not items:
            items.append([a, end, places])
        else:
            items[-1][1] = end   # ("armed with sticks and bricks"): no place of its own, part of the item before
    if len(items) < 3 or any(not p for _, _, p in items) or len({frozenset(p) for _, _, p in items}) < len(items) \
            or not all(taxonomy.is_trigger(taxonomy.sentence_cues(s.text[a:b])) for a, b, _ in items[1:]):
        return [s]
    out = [Sentence(s.text[:items[0][1]], s.start, s.start + items[0][1], s.paragraph, listed=True)]
    for a, b, _ in items[1:]:
        out.append(Sentence(s.text[a:b], s.start + a, s.start + b, s.paragraph, joined=True, listed=True))
    return out


# "A local councillor was shot dead at his home and a man was killed when supporters of rival parties fought with
# knives and sticks": a lead that joins two deaths, each told with its own means
_DEATH_CLAUSE = r"(?:was|were) (?:shot dead|shot and killed|killed|stabbed to death|hacked to death|beaten to death|gunned down)\b"
_SECOND_DEATH = re.compile(r"\s+and\s+(?=(?:a|an|one|two|three|four|five|six|\d+) (?:[\w'’-]+ ){0,3}?" + _DEATH_CLAUSE
                           + r"[^.;]*?\b(?:when|as|after|during|in (?:a|an) (?:clash|fight|brawl|attack)))")
_MEANS_CUES = ("firearm", "violence_verb", "beating", "ied", "air", "shelling", "grenade")


# "Three Maoists were killed in an encounter with security forces in Dantewada district, while two CRPF personnel were
# injured in an IED blast in the same district": a lead that sets two events side by side
_WHILE_CLAUSE = re.compile(r",\s+while\s+(?=(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|at least)\s|"
                           # ("..., while in Rangamati a young man accused of theft was beaten to death by a mob today":
                           # the place first, then a subject of its own)
                           r"in (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?,? (?:a|an|the|one|two|three|four|five|\d+)\s|"
                           # ("..., while armed men kidnapped three employees of a gas company in Karak district on
                           # Wednesday evening": a plural subject of its own)
                           r"(?:armed|masked|unidentified|unknown|suspected) (?:men|gunmen|assailants|attackers)\s|"
                           r"(?:gunmen|militants|insurgents|rebels|jihadists|bandits|kidnappers)\s|"
                           # ("..., police said on Tuesday, while troops said they had fought a gang of bandits in the
                           # east of the state the following day": the forces' own event)
                           r"(?:troops|soldiers|police|security forces|the (?:army|military|police))\s)|"
                           # "..., officials said Sunday, as police reported killing four gang members in a drone strike
                           # east of Port-au-Prince": a wire's lead that adds another source's event
                           r",\s+as\s+(?=(?:the\s+)?(?:[\w-]+\s+){1,3}(?:reported|announced|said)\s+(?:killing|it had|they had|"
                           r"that)\b)|"
                           # "..., the military said Monday, as a roadside bomb killed three people elsewhere in the
                           # province": another event, by a means of its own
                           r",\s+as\s+(?=(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:bomb|blast|explosion|air ?strike|drone|shell|mine|"
                           r"IED|grenade)s?\s+(?:[\w-]+\s+){0,4}?(?:killed|struck|hit|exploded|went off|wounded)\b)")


_PLACE_NAMED = re.compile(r"\b(?:in|on|at|near) (?:the )?(?:[a-z]+ ){0,3}?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                          r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                          r"((?-i:[A-Z])[\w'’-]+)")


def _while_clause(s: Sentence, pub: dt.date | None = None) -> list[Sentence]:
    """The two events of such a lead as two sentences, when each clause reads as its own type of event (by a means
    of attack of its own, or on a day of its own)."""
    m = _WHILE_CLAUSE.search(s.text)
    if m is None:
        return [s]
    head, tail = s.text[:m.start()], s.text[m.end():]
    cues_head, cues_tail = taxonomy.sentence_cues(head), taxonomy.sentence_cues(tail)
    own_day = pub is not None and (d_tail := resolve_date(main_clause(tail), pub)) is not None \
        and d_tail != resolve_date(head, pub)
    # (the state's forces telling a fight of theirs beside another side's attack: two events, each its own kind)
    forces = re.match(r"(?:troops|soldiers|police|security forces|the (?:army|military|police))\s", tail) is not None
    if not taxonomy.is_trigger(cues_head) or not taxonomy.is_trigger(cues_tail):
        return [s]
    sub_head, sub_tail = taxonomy.classify(cues_head, Counter(), head)[0], taxonomy.classify(cues_tail, Counter(), tail)[0]
    # ("... killed eight farmers in Bagudo Local Government Area of Kebbi State, while bandits abducted 23 people in a
    # night raid on Tambuwal town in neighbouring Sokoto State": two kinds of event, each at a place of its own)
    same_type = taxonomy.EVENT_TYPES[sub_head] == taxonomy.EVENT_TYPES[sub_tail]
    own_place = same_type and sub_head != sub_tail and _PLACE_NAMED.search(head) is not None and any(
        m.group(1) not in head for m in _PLACE_NAMED.finditer(tail))
    if not own_day and not forces and not own_place and not any(cues_tail.get(k) and not cues_head.get(k) for k in _MEANS) \
            or same_type and not own_place:
        return [s]
    return [Sentence(head, s.start, s.start + len(head), s.paragraph),
            Sentence(tail, s.start + m.end(), s.end, s.paragraph, joined=True)]


def _two_deaths(s: Sentence) -> list[Sentence]:
    """The two deaths of such a lead as two sentences, when each clause reads as its own kind of event (not "a
    soldier was shot dead and a civilian was killed when militants attacked a checkpoint": one attack)."""
    m = _SECOND_DEATH.search(s.text)
    if m is None or not re.search(_DEATH_CLAUSE, s.text[:m.start()]):
        return [s]
    head, tail = s.text[:m.start()], s.text[m.end():]
    cues_head, cues_tail = taxonomy.sentence_cues(head), taxonomy.sentence_cues(tail)
    if not any(cues_head.get(k) for k in _MEANS_CUES) or \
            taxonomy.classify(cues_head, Counter(), head)[0] == taxonomy.classify(cues_tail, Counter(), tail)[0]:
        return [s]
    return [Sentence(head, s.start, s.start + len(head), s.paragraph),
            Sentence(tail, s.start + m.end(), s.end, s.paragraph, joined=True)]


# "Security forces fired tear gas to break up a protest in Tabriz and rioters set fire to a bank in a nearby town":
# a lead's second clause with a crowd or armed group of its own as subject, at another place
_SECOND_ACTOR_CLAUSE = re.compile(
    r"\s+and\s+(?=(?:(?:armed|masked|suspected|angry|unidentified|rival) )?(?:rioters|protesters|demonstrators|gunmen|"
    r"militants|attackers|assailants|crowds?|mobs?|youths|insurgents|rebels|fighters)\s+(?:also\s+)?(?:set|threw|shot|"
    r"burned|burnt|stormed|attacked|killed|torched|looted|ransacked|clashed|blocked|hurled|stabbed|beat|seized|abducted|"
    r"kidnapped|ambushed|raided|overran|bombed|opened fire)\b)", re.I)
# ("in a nearby town"; "shot dead two suspected gang members in another town of the same province": not the place told)
_ANOTHER_PLACE = re.compile(r"\b(?:(?:a|another) (?:nearby|neighbouring|neighboring|different)|another|other) (?:town|village|"
                            r"city|district|province|county|area|place|locality|community)\b", re.I)


def _second_actor(s: Sentence, toponyms: list) -> list[Sentence]:
    """A lead joining two events whose second clause has its own subject and its own place (named, or "a nearby
    town"), each read as its own kind of event: two sentences."""
    m = _SECOND_ACTOR_CLAUSE.search(s.text)
    if m is None:
        return [s]
    head, tail = s.text[:m.start()], s.text[m.end():]
    cut = s.start + m.end()
    places = [{t.name for t in toponyms if lo <= t.start < hi} for lo, hi in ((s.start, cut), (cut, s.end))]
    if not (places[1] - places[0] or not places[1] and _ANOTHER_PLACE.search(tail)) or not places[0]:
        return [s]
    cues_head, cues_tail = taxonomy.sentence_cues(head), taxonomy.sentence_cues(tail)
    if not taxonomy.is_trigger(cues_head) or not taxonomy.is_trigger(cues_tail) or \
            taxonomy.classify(cues_head, Counter(), head)[0] == taxonomy.classify(cues_tail, Counter(), tail)[0]:
        return [s]
    return [Sentence(head, s.start, s.start + len(head), s.paragraph),
            Sentence(tail, cut, s.end, s.paragraph, joined=True)]


_BARE_AND = re.compile(r"\s+and\s+(?=\S)")


def _and_another_day_and_place(s: Sentence, pub: dt.date, toponyms: list) -> list[Sentence]:
    """"Russian glide bombs killed four people in the town of Bilozerske on Tuesday and a drone hit a commuter bus in
    the village of Cherkaske on Wednesday morning": two clauses joined without a comma, the second with a subject,
    a place and a day of its own, each telling an event: two sentences (ACLED codes one event a day and place)."""
    for m in _BARE_AND.finditer(s.text):
        head, tail = s.text[:m.start()], s.text[m.end():]
        subject = _OWN_SUBJECT.match(tail)
        if subject is None or len(subject.group(0).split()) < 2:
            continue
        cut = s.start + m.end()
        places = [{t.name for t in toponyms if lo <= t.start < hi} for lo, hi in ((s.start, cut), (cut, s.end))]
        if not places[0] or not places[1] or places[0] & places[1]:
            continue
        d_head, d_tail = resolve_date(head, pub), resolve_date(tail, pub)
        if d_head is None or d_tail is None or d_head == d_tail or reported_date(tail, pub) == d_tail:
            continue
        if not taxonomy.is_trigger(taxonomy.sentence_cues(head)) or not taxonomy.is_trigger(taxonomy.sentence_cues(tail)):
            continue
        return [Sentence(head, s.start, s.start + len(head), s.paragraph),
                Sentence(tail, cut, s.end, s.paragraph, joined=True)]
    return [s]


def _own_day_other_kind(head: str, tail: str, pub: dt.date, where: bool) -> bool:
    """"Gunmen shot dead the head of the local council in Al-Harak late on Wednesday, and hundreds of residents took
    to the streets on Thursday": another kind of event, by its own subject, on a day of its own (at the place told)."""
    if where or _OWN_SUBJECT.match(tail) is None or not _other_kind(head, tail):
        return False
    d_head, d_tail = resolve_date(head, pub), resolve_date(tail, pub)
    return d_head is not None and d_tail is not None and d_head != d_tail


def _split_joined_events(sentences: list[Sentence], pub: dt.date, toponyms: list) -> list[Sentence]:
    """"Rockets fired from the Cambodian side struck a village in Surin province on Wednesday, and Thai and
    Cambodian troops exchanged fire in Sisaket province on Thursday": a summary that joins two events of two
    days and two places, each clause with its own event words, is read as two sentences (ACLED codes one event a
    day and place); so is an undated one whose second clause has a subject and a place of its own. A clause that
    names no day or place of its own ("..., and on 7 April the KNDF announced that they had taken control of the
    town") stays with its sentence."""
    out: list[Sentence] = []
    for s in sentences:
        parts = _with_list(s, toponyms) if ", with " in s.text else [s]
        if len(parts) > 1:
            out.extend(parts)
            continue
        if " and " in s.text and ", and " not in s.text[:200]:
            parts = _two_deaths(s)
            if len(parts) == 1 and not out:
                parts = _second_actor(s, toponyms)  # (the lead only)
            if len(parts) == 1:
                parts = _and_another_day_and_place(s, pub, toponyms)
            if len(parts) > 1:
                out.extend(parts)
                continue
        if ", while " in s.text or ", as " in s.text:
            parts = _while_clause(s, pub)
            if len(parts) > 1:
                out.extend(parts)
                continue
        if (", and " in s.text or ", where " in s.text) and s.text.count(",") <= 6:
            for m in _AND_CLAUSE.finditer(s.text):
                head, tail = s.text[:m.start()], s.text[m.end():]
                if len(head[head.rfind(",") + 1:].split()) <= 3 and "," in head \
                        and (tail[:1].isupper() or len(re.split(r"[,;]", tail, maxsplit=1)[0].split()) <= 4):
                    continue  # the last item of a list: "demonstrators with ties to Ukraine, Russia, and Georgia"
                    # (not a clause after a place: "near San Marcos, in Huari province, and yesterday protesters
                    # set fire to part of the municipal building")
                cut = s.start + m.end()
                # (not the office of a source: "..., and four other attackers ... were shot dead, the Lasbela deputy
                # commissioner says")
                places = [{t.name for t in toponyms if lo <= t.start < hi
                           and not _OFFICE_OF_PLACE_AFTER.match(s.text, t.end - s.start)} for lo, hi in ((s.start, cut), (cut, s.end))]
                where = m.group().lstrip(", \t").startswith("where")
                no_new_place = not places[1] - places[0] and not (places[0] and _BORDER_SPOT.search(tail))
                anaphor = _PLACE_ANAPHOR.search(tail) and not _ANOTHER_PLACE.search(tail)
                # "Jihadists killed at least six soldiers in an attack on an army post in northwestern Benin this week,
                # and a roadside bomb tore through a minibus in the northeast of the country the following day":
                # another kind of event, by its own subject, on another day (each placed by its paragraph)
                next_day_other = not where and relative_day(tail, clause=True) is not None \
                    and _OWN_SUBJECT.match(tail) is not None and _other_kind(head, tail)
                # (a clause of another kind on a day of its own, at no place of its own, happens at the place told:
                # read as a sentence of its own, not a split-off clause, so that it inherits that place)
                placeless = no_new_place and not places[1] and not (places[0] and (anaphor or where)
                                                                    and relative_day(tail, clause=True)) \
                    and not next_day_other
                if placeless and not _own_day_other_kind(head, tail, pub, where):
                    continue  # (but "and a car bomb tore through a market in the town itself a day later": the place
                    # told before, on another day)  # (a spot told by its border is a place of its own: "a drone strike killed two men
                    # near the Iraqi border")
                d_head, d_tail = resolve_date(head, pub), resolve_date(tail, pub)
                if d_tail is None and d_head is not None and (shift := relative_day(tail, clause=True)):
                    d_tail = d_head + dt.timedelta(days=shift)
                if no_new_place and not (d_head and d_tail and d_head != d_tail) \
                        and not (where and relative_day(tail, clause=True)) and not next_day_other:
                    continue  # (a place named again on a day of its own is another event: "injured on Tuesday
                    # near San Marcos, in Huari province, and yesterday protesters set fire to ... in Huari")
                # (undated, two clauses each with its own subject and place: "Traders in Mae Sai marched against the
                # closure of the crossing, and border police detained nine armed men in Mae Fa Luang district")
                undated = d_head is None and d_tail is None and not places[0] & places[1] and bool(places[0]) \
                    and _OWN_SUBJECT.match(tail) is not None
                # (the first clause undated, the second at its own place "a day later": "..., killing three people,
                # and soldiers shot dead three attackers in a gunfight near the city of Zamora a day later, officials
                # said on Tuesday")
                undated = undated or d_head is None and bool(places[1]) and not places[0] & places[1] \
                    and relative_day(tail, clause=True) is not None and _OWN_SUBJECT.match(tail) is not None
                # (another type of event at a place of its own, told by its own subject: "Gunmen ambushed a security
                # patrol in southern Syria on Friday, killing three officers, and a bomb tore through a crowded market
                # in the northern city of Raqqa": the first is placed by its own clause, its town told later)
                # (not a "where" clause, which tells more of the first place: "at Challhuahuacho, where several
                # hundred comuneros from Cotabambas province had blocked the road")
                undated = undated or not where and bool(places[0]) and bool(places[1] - places[0]) \
                    and _other_kind(head, tail) or next_day_other and d_head is None
                if not undated and (d_head is None or d_tail is None or d_head == d_tail
                                    or reported_date(tail, pub) == d_tail) \
                        or not taxonomy.is_trigger(taxonomy.sentence_cues(head)) \
                        or not taxonomy.is_trigger(taxonomy.sentence_cues(tail)):
                    continue
                parts = [Sentence(head, s.start, s.start + len(head), s.paragraph),
                         Sentence(tail, s.start + m.end(), s.end, s.paragraph, joined=not placeless)]
                break
        out.extend(parts)
    return out


def extract_incidents(text: str, published: dt.date | dt.datetime | str, title: str | None = None,
                      url: str | None = None) -> list[Incident]:
    """Every incident the article reports (empty for background-only, sport, health or market stories).

    Steps: clean the page (dateline, bylines, teasers, forecast sections) and geoparse it (`_read`) -> sentences
    -> frames (`_FrameReader`: each event sentence opens a frame or continues the current one) -> incidents
    (`_incidents`) -> in news articles, drop the frames no sentence of which reads like a report (the learned
    evidence check, evidence_model.py) -> merge the frames that describe one event (a lead and its detail, a
    headline bullet and its paragraph) -> in news articles, drop the incidents placed in no region -> actors named
    as ACLED names them.
    The title only helps recognise off-topic stories: headlines repeat the body, so incidents come from the text.
    The URL's country-code domain, if any, is the outlet's country: a weak prior for ambiguous place names.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    doc = _read(text, published, title, url)
    if doc is None:
        return []
    groups = _FrameReader(doc).read()
    incidents, dated = _incidents(doc, groups)
    # "..., a day after a soldier was killed in a separate gunfight || On Sunday, soldiers exchanged fire with rebels
    # near Enarotali": an event told in passing, then in full, is one event, the full telling's (a town changing hands,
    # a toll, a place or a day only the passing word told stay with it)
    told_again = []
    for k, g in enumerate(groups):
        j = next((j for j, h in enumerate(groups) if j > k and g.clause and not h.clause and j not in told_again
                  and (incidents[j].event_date == incidents[k].event_date
                       or not dated[k] and h.sentences[0].paragraph - g.sentences[0].paragraph <= 2)
                  and incidents[j].event_type == incidents[k].event_type), None)
        if j is not None:
            _fold_passing_word(incidents[k], incidents[j])
            if dated[k] and not dated[j]:
                incidents[j].event_date, dated[j] = incidents[k].event_date, True
            told_again.append(k)
    if told_again:
        groups = [g for k, g in enumerate(groups) if k not in told_again]
        incidents = [i for k, i in enumerate(incidents) if k not in told_again]
        dated = [d for k, d in enumerate(dated) if k not in told_again]
    # "In a separate attack, ...": the writer says it is another event, whatever it shares with the first.
    # So is each item of a release's numbered list ("Third: ... arrested four suspects in Mahmudiyah. Fourth: On the
    # same day, ... arrested in Abu Ghraib two terrorists"): one event an item.
    # (An item may still be the detail of an overview above the list: only items are apart from each other.)
    separate = [bool(_NEW_EVENT.match(g.sentences[0].text)) for g in groups]
    items = [k > 0 and _ITEM_LABEL.match(g.sentences[0].text) is not None
             and _ITEM_LABEL.match(groups[k - 1].sentences[0].text) is not None for k, g in enumerate(groups)]
    # A live blog's key points, above its first timed entry, sum up what the entries then tell as it happened.
    entries = [m.start() for m in _TIMED_ENTRY.finditer(doc.body)]
    summary = [len(entries) >= 2 and g.sentences[0].start < entries[0] for g in groups]
    # A brief's KEY POINTS: each line sums up an event a later section tells in detail.
    # (and so is each item of a lead that lists the events its paragraphs then tell)
    # (numbered by digest: the lines of one are one event each; a SUMMARY's prose and the KEY POINTS below it may
    # tell one event twice)
    digest = [d or (-1 - g.sentences[0].paragraph if g.sentences[0].listed else 0)
              for d, g in zip(_in_digest(doc, groups), groups)]
    news = bool(groups) and _enough_sentences(doc)
    veto = evidence_model.veto_below()
    if veto > 0 and news:
        # The learned check (evidence_model.py): a frame none of whose sentences reads like the report of an
        # incident (a reaction, background, a figure of speech the rules missed) is dropped.
        # (any sentence at or above the veto: the max of the frame's probabilities, without scoring the rest)
        # (a frame that tells in detail an event the lead listed, at its place, is that event's report: "three
        # farmers ... were found dead on Wednesday by a search party", after "an attack on farmers near Kouango")
        listed = {(inc.geonames_id, inc.event_type) for inc, g in zip(incidents, groups)
                  if g.sentences[0].listed and inc.geonames_id is not None}
        # (the sentences that then say where it happened tell it too: "The attack on a village about 12 kilometers
        # west of the town of Ancuabe began late Saturday")
        keep = [any(_reads_as_report(s.text, veto) for s in g.sentences + g.context) or _dated_item(g, doc.pub)
                or _follow_up_lead(g) or _counted_detention(g, doc.pub) or _next_day_killing(g, k, incidents)
                or (inc.geonames_id, inc.event_type) in listed and not g.sentences[0].listed
                for k, (inc, g) in enumerate(zip(incidents, groups))]
        # (a lead's second clause, cut from a sentence that reads as a report, is part of that report: "Two herdsmen
        # were killed when warriors raided kraals at Kacheri ..., and soldiers pursuing the raiders killed three of
        # them near Loyoro ... the following morning")
        keep = [k or g.sentences[0].joined and _own_place_and_day(g.sentences[0], doc) and any(
            kept and h is not g and h.sentences[0].paragraph == g.sentences[0].paragraph
            and 0 <= g.sentences[0].start - h.sentences[0].end <= 12
            and "\n" not in doc.body[h.sentences[0].end:g.sentences[0].start] for h, kept in zip(groups, keep))
            for g, k in zip(groups, keep)]
        if doc.newest_first or any(digest):
            # A newest-first blog's toll update ("23:15 – The death toll from the shooting ... in Malabang has risen
            # to three") reads like no report, but the event it updates is reported in an older entry below: one
            # event, the update its first word. So is a highlight's ("• The death toll from the shelling of ...
            # Al-Hasakah city on 9 November has risen to two"), above the section that tells the shelling.
            # (the highlight's kind is its words' ("the death toll from the shelling"): its place tells the event)
            reported = {(inc.geonames_id, inc.event_type) for inc, k in zip(incidents, keep) if k}
            placed = {inc.geonames_id for inc, k in zip(incidents, keep) if k}
            keep = [k or inc.geonames_id is not None and _is_toll_update(g.sentences[0].text) and (
                        doc.newest_first and (inc.geonames_id, inc.event_type) in reported
                        or not doc.newest_first and dig and inc.geonames_id in placed)
                    for inc, g, k, dig in zip(incidents, groups, keep, digest)]
        incidents, dated, separate, summary, items, digest = (
            [x for x, k in zip(xs, keep) if k] for xs in (incidents, dated, separate, summary, items, digest))
    merged = merge_same_event(incidents, dated, separate, summary, newest_first=doc.newest_first,
                              blog=len(_entry_clocks(doc.body)) >= 3, items=items, digest=digest)
    if news:
        # ACLED codes no event it cannot place in a region. In a news article, a frame that neither names a place
        # nor inherits one from its paragraph, its lead or the frames before it is a toll, a reaction or background
        # that found no event of its own; one placed only at a large country has taken a side mention (a
        # nationality, where a source is based) for its scene. On the labelled sets and real news, 1 of 26 such
        # incidents was a real event, and it was in a small country.
        merged = [inc for inc in merged if _in_a_region(inc)]
    # Actors named as ACLED names them (actor_coding.py), once the reports of one event are merged.
    return [_public_id(code_incident(inc)) for inc in merged]


def _public_id(inc: Incident) -> Incident:
    """A place GeoNames lacks (a Who's On First village) is known inside by its negated WOF id, one id per place for
    the merges; outside it has no GeoNames id (the warehouse keys it by name, region and country)."""
    if inc.geonames_id is not None and inc.geonames_id < 0:
        inc.geonames_id = None
    return inc


# "the body of a second victim", "a third person died": an ordinal of no side, which a total already told may hold
_ANY_ORDINAL_VICTIM = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:victim|body|person|"
                                 r"casualty|fatality)\b", re.I)


# A country this small is its own region: its centre lies within about 100 km of all of it (Lebanon, Haiti).
SMALL_COUNTRY_KM2 = 30_000


# A release's item opened by an ordinal: "Third: On Thursday, ...".
_ORDINAL_ITEM = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?\s*:"
_ITEM_LEAD = re.compile(rf"^\W*(?:\d{{1,2}}[.)]\s+|{_ORDINAL_ITEM}\s*)?(?:following [\w ]{{1,30}}?,\s+|then,?\s+|further,?\s+)?",
                        re.I)


def _entry_clocks(body: str) -> list[tuple[int, int]]:
    """(offset, minutes after midnight) of each timed entry of a live blog ("21:55 – ...", "4.30pm: ...")."""
    return list(_clocks_of(body))


@functools.lru_cache(maxsize=8)  # an article's body is scanned for its clocks by three steps
def _clocks_of(body: str) -> tuple[tuple[int, int], ...]:
    out = []
    for m in _ENTRY_CLOCK.finditer(body):
        h, mnt, half = int(m.group(1)), int(m.group(2)), (m.group(3) or "").lower()[:1]
        if half == "p" and h < 12:
            h += 12
        elif half == "a" and h == 12:
            h = 0   # "12.20am": twenty past midnight
        out.append((m.start(), h * 60 + mnt))
    return tuple(out)


# "Newest posts first", "Oldest entries first": a live page's declared order
_DECLARED_ORDER = re.compile(r"\b(newest|latest|most recent|oldest|earliest)(?: (?:posts?|entries|updates|items))? first\b", re.I)


def _newest_first(body: str) -> bool:
    """Whether a live blog runs newest first: its header says so ("Newest posts first"), or its timed entries go
    back in time."""
    times = [t for _, t in _entry_clocks(body)]
    m = _DECLARED_ORDER.search(body, 0, 400) if " first" in body[:400] else None
    if m is not None and len(times) >= 2:
        return m.group(1).lower() not in ("oldest", "earliest")
    return len(times) >= 3 and sum(b < a for a, b in zip(times, times[1:])) > (len(times) - 1) / 2


def _entry_days(body: str, pub: dt.date) -> list[tuple[int, dt.date]]:
    """(offset, day) of each timed entry of a live blog whose entries cross midnight: the latest entry was written
    on the day of publication, and each time the clock goes back by more than half a day towards it ("11.05pm",
    then "12.20am"), a day has passed. A blog that never crosses midnight gives nothing: its entries keep the day
    of publication."""
    clocks = _entry_clocks(body)
    if len(clocks) < 3:
        return []
    newest_first = _newest_first(body)
    ordered = clocks[::-1] if newest_first else clocks   # oldest first
    crossings, days_after = 0, []
    for k, (_, t) in enumerate(ordered):
        if k and ordered[k - 1][1] - t > 12 * 60:
            crossings += 1
        days_after.append(crossings)
    if not crossings:
        return []
    out = [(start, pub - dt.timedelta(days=crossings - d)) for (start, _), d in zip(ordered, days_after)]
    return sorted(out)


_ENTRY_CLOCK = re.compile(r"^[ \t]*(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?", re.M | re.I)


# "... came two days after ...": what follows is the event this sentence tells
_DAYS_AFTER_EVENT = re.compile(r"\b(?:came|comes|followed|follows) (?:a|one|two|three|four|\d) days? after\b", re.I)
_SAME_SOURCES = re.compile(r"^(?:according to the same (?:sources?|officials?|witness(?:es)?|spokes(?:man|woman|person))|"
                           r"the same (?:sources?|officials?|spokes(?:man|woman|person)) (?:said|added|reported|told))\b",
                           re.I)
_BULLET = re.compile(r"^\s*[•▪◦*–-]\s")


def _dated_item(g: "_Group", pub: dt.date) -> bool:
    """A frame whose first sentence opens on a full date of the past weeks ("On Sunday, 25 January 2026, the SNA
    entered ..."): a release's or a bulletin's numbered item, an event whatever words it is told in."""
    head = g.sentences[0].text[:60]
    day = resolve_date(head, pub) if has_explicit_date(head) else None
    return day is not None and 0 <= (pub - day).days <= 45 and _DATED_OPENING.match(
        _ITEM_LEAD.sub("", g.sentences[0].text))


# "Detectives arrested two men in the Strabane area on Monday": who held how many, where and when, in the active voice
_DETAINED_COUNT = re.compile(rf"\b(?:arrested|detained|apprehended)\s+(?:at least\s+)?(?:{NUMBER_PATTERN})\s+(?:[\w-]+\s+){{0,3}}?"
                             rf"(?:men|women|people|persons|suspects|members|activists|students|clergymen|journalists|youths|"
                             rf"leaders|officers|protesters)\b", re.I)


def _counted_detention(g: "_Group", pub: dt.date) -> bool:
    """A frame opened by an active report of a counted detention on a named day of the past weeks ("Armenia's National
    Security Service detained three clergymen and a lay activist in Ejmiatsin on Wednesday"): the state's arrests are
    told in the words of its agencies and laws, which the learned check reads as background."""
    first = g.sentences[0].text
    if not _DETAINED_COUNT.search(first):
        return False
    day = resolve_date(first, pub)
    return day is not None and 0 <= (pub - day).days <= 14 and casualties.count("arrests", first) > 0


def _next_day_killing(g: "_Group", k: int, incidents: list[Incident]) -> bool:
    """A frame opened by "The next day, soldiers entered Wegel Tena and ... shot dead five men": a narrative's next
    event, placed and with its dead counted, after an incident the article reports; the learned check reads the
    words around the killing ("accused of supporting Fano") as a court's."""
    first = g.sentences[0].text
    return k > 0 and g.place is not None and relative_day(first[:40]) is not None \
        and casualties.count("fatalities", first) > 0 and any(i.location is not None for i in incidents[:k])


def _follow_up_lead(g: "_Group") -> bool:
    """A frame opened by a new toll of an event named by its day ("The death toll from Thursday's drone strike on the
    main market in Ad Duwaym has risen to 31"): a follow-up story's lead, which reports that event, whatever words
    around the figure the learned check distrusts."""
    first = g.sentences[0].text
    # (or by its place: "The toll from the attack on Bolua, in the north of Beni territory, has risen to eleven dead")
    named_at = first.find(" from ") + 1 if " from " in first else 0
    return casualties.toll_update(first) is not None and _DAYS_EVENT.search(first) is not None \
        or _is_toll_update(first) and _EVENT_NEAR_PLACE.match(first, named_at) is not None


def _in_a_region(inc: Incident) -> bool:
    if inc.location is None:
        return False
    if not ((inc.feature_code or "").startswith("PCL") or inc.location == inc.country):
        return True
    area = area_at(inc.latitude, inc.longitude, inc.country or inc.location)
    return area is None or area <= SMALL_COUNTRY_KM2   # None: too small to draw, or outlines that cannot tell


def _enough_sentences(doc: _Doc) -> bool:
    return len(doc.sentences) >= evidence_model.MIN_SENTENCES


def _read(text: str, published: dt.date | dt.datetime | str, title: str | None, url: str | None) -> _Doc | None:
    """The page cleaned and geoparsed; None for a story that reports no political violence at all."""
    declared = local_published(published, text)
    pub = declared or parse_published(published)
    cleaned = clean(text)
    body, headings = cleaned.body, cleaned.headings
    # "KYIV, March 3 (AFP) -": relative days ("on Sunday", "yesterday") count from the day the story was filed.
    told = _dateline_date(cleaned.dateline, pub)
    if told is None:
        # (or the page's own "Last updated 00:25, Wednesday 16 September 2026 (Kyiv time)", which cleaning blanks)
        told = _header_date(body, pub) or _header_date(text, pub)
        if told is not None and declared is not None and told < declared and _entry_days(body, declared):
            # A live blog headed with its day ("LIVE | Saturday 18 July 2026") whose entries ran past midnight, into
            # the day its stamp tells in the zone it declares (21:55Z is 00:55 in Kyiv): the newest entry is of that
            # day, the header's day is the blog's first
            told = None
    pub = told or pub
    if not body.strip() or is_off_topic(f"{title or ''}\n{body}") or accident_headline(title):
        return None
    dateline_country = _dateline_country(cleaned.dateline)
    toponyms = geoparse_text(body, country_of_url(url) or dateline_country)
    if declared is None and told is None:
        # A UTC stamp read in the time of the country the page was written for: its dateline's, its outlet's, else
        # the one most of its places lie in (a Mexican daily stamped 03:10Z on the 21st tells "this morning" of the
        # 20th)
        places = Counter(t.country_iso2 for t in toponyms if t.country_iso2)
        country = dateline_country or country_of_url(url) or (places.most_common(1)[0][0] if places else None)
        pub = zone_local_date(published, country) or pub
    return _Doc(text, body, headings, pub, toponyms, [t.start for t in toponyms], {h.start for h in headings},
                _commemorative(title))


def _report_probability(text: str) -> float:
    """The learned check's reading of a sentence: the highest of its readings (`_readings`)."""
    return max(_readings(text))


def _reads_as_report(text: str, veto: float) -> bool:
    """`_report_probability(text) >= veto`, stopping at the first reading that clears the veto (most do at once:
    the readings after it, each a regex or two and a model lookup, are then never made)."""
    return any(p >= veto for p in _readings(text))


def _readings(text: str) -> Iterator[float]:
    """The learned check's readings of a sentence, and of its variants: of what follows its lead-in ("The weekend
    had already brought bad news from Alto Baudó: on Saturday, a boy stepped on a mine"), the clause after the
    colon reports."""
    # A live blog's time stamp ("10.15am: Protesters have sat down ...") is no word of the report.
    text = _ENTRY_TIME.sub("", text, count=1)
    yield evidence_model.probability(text)
    head, colon, tail = text.partition(": ")
    # (a lead-in of its own, not a live blog's label: "17:05 – Update on Yerevan: police now say ...")
    if colon and len(tail) >= 40 and len(head) <= 120 and len(head.split()) >= 6 and not _UPDATE_LABEL.match(head):
        yield evidence_model.probability(tail)
    clause = _NEW_SUBJECT_CLAUSE.search(text)
    cut = clause.start() if clause is not None else latest_in_series(text)
    if cut is not None and len(text[:cut].split()) >= 6:
        # "Soldiers deployed to the town arrested 13 people on Wednesday, and the Interior Minister has imposed a
        # curfew", "... has been shot dead in Ucayali, the latest in a string of killings": the clause after it tells
        # what else happened or what the event belongs to, and its words are no verdict on the first
        yield evidence_model.probability(text[:cut] + ".")
    pair = _PASSIVE_PAIR.search(text)
    if pair is not None:
        # "dozens of explosive devices were seized and some caves and shelters used by the jihadists were
        # destroyed": two passives joined, each its own report; the first is read alone, as the second's words (what
        # the caves were used for) are no verdict on it
        yield evidence_model.probability(text[:pair.start(1)] + ".")
    if _PERFECT_PASSIVE.search(text):
        # "A man has been shot dead in Ucayali": news tells a fresh event in the present perfect, which the check,
        # trained mostly on past-tense reports and on present-perfect background ("has seen repeated attacks"),
        # reads as background; the past tense is the same report.
        yield evidence_model.probability(_PERFECT_PASSIVE.sub(_simple_past, text))
    if _PLUPERFECT_DAY.search(text):
        # "The riders had on Tuesday marched peacefully to the council secretariat": an earlier day's event, told in
        # the pluperfect of a story about a later one; the past tense is the same report
        yield evidence_model.probability(_PLUPERFECT_DAY.sub(r"\1", text, count=1))
    if _LAST_NIGHT.search(text):
        # "Last night in Ocaña, a community leader was shot dead": the check learned "last" from background ("last
        # year", "last month"); last night is the report's own time, as "overnight" is
        yield evidence_model.probability(_LAST_NIGHT.sub("overnight", text))
    told = _WHEN_CLAUSE.match(text)
    if told is not None:
        # A feature's lead: "When junta aircraft bombed the morning market in Momauk on Monday, the town had already
        # emptied once", "The bomb that tore through a minibus in Herat ... was the first deadly attack": the event
        # is told in the subordinate clause, the main clause says what it meant.
        clause = told.group(1) or told.group(2) + _MAIN_VERB_AFTER.split(told.group(3), 1)[0]
        yield evidence_model.probability(clause + ".")
    concern = _CONCERN_LEAD_IN.match(text)
    if concern is not None and len(text) - concern.end() >= 40:
        # "Balochistan Rights Monitor is gravely concerned about the enforced disappearance of a student who was
        # taken from his home in Turbat ...": a release's stance, then the event it reports
        yield evidence_model.probability(text[concern.end():])


_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PLUPERFECT_DAY = re.compile(rf"\bhad ((?:late |early )?on {_WEEKDAYS}(?: (?:morning|afternoon|evening|night))? [a-z]+ed\b|"
                             rf"[a-z]+ed\b(?=[^.;]{{0,60}}?\b{_WEEKDAYS}\b))", re.I)
_LAST_NIGHT = re.compile(r"\b(?:late )?last (?:night|evening)\b", re.I)
# "The teachers' march", "the farmers' sit-in": a protest named by who holds it
_CROWDS_EVENT = re.compile(r"^\W*the ([a-z]+?)s?['’]s? (?:march|protest|rally|sit-in|strike|blockade|demonstration|vigil)\b", re.I)
# "When <event>, <what it meant>", "The <means> that <event> ...": the clause a feature's lead tells its event in
_WHEN_CLAUSE = re.compile(r"^When ([^,;]{20,}?),\s|^(The (?:[\w-]+ ){0,3}?)(?:that|which) ((?:[\w'’-]+ ){0,3}?(?:[a-z]+ed|"
                          r"tore|struck|hit|shot|killed|left|came|began|broke out|drove|fell|ripped)\b[^;]{20,})")


# where the relative clause of "The bomb that tore through a minibus ..., killing three, was the first ..." ends
_MAIN_VERB_AFTER = re.compile(r",? (?:was|were|is|are|has|have|had|marked|came)\b(?! (?:killed|wounded|injured|shot)\b)")


# "has been shot dead", "have been killed": a fresh event told in the present perfect passive
_PERFECT_PASSIVE = re.compile(r"\b(has|have) been (?=(?:\w+ )?(?:killed|shot|stabbed|abducted|kidnapped|arrested|detained|"
                              r"wounded|injured|attacked|ambushed|bombed|shelled|hit|struck|seized|lynched|beaten|"
                              r"hacked|burned|burnt|torched|dispersed|captured|executed|murdered)\b)", re.I)


def _simple_past(m: re.Match) -> str:
    return "was " if m.group(1).lower() == "has" else "were "


# A rights group's stance before the event it reports
_CONCERN_LEAD_IN = re.compile(r"^[^.;:]{0,120}?\b(?:is|are) (?:deeply |gravely |seriously |extremely )?(?:concerned|"
                              r"alarmed|troubled|outraged|appalled) (?:about|by|at|over) |"
                              r"^[^.;:]{0,120}?\b(?:condemns|denounces|deplores)(?: in the strongest (?:possible )?terms)? ",
                              re.I)


# ", and the Interior Minister has ...", "; the army said ...": a clause with a subject of its own
_NEW_SUBJECT_CLAUSE = re.compile(r"(?:,\s+(?:and|while|but)|;)\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?:has|have|had|is|are|was|were|said|says)\b")


# "... were seized and some caves ... were destroyed": a passive clause, then another with a subject of its own
_PASSIVE_PAIR = re.compile(r"\b(?:was|were) [a-z]+(?:ed|en|ised|ized)\b[^,;]{0,60}?( and )(?:some|several|other|the|a|an|"
                           r"\d+|two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ ){0,14}?(?:was|were) [a-z]+", re.I)
_ENTRY_TIME = re.compile(r"^\W*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:(?:GMT|UTC|EAT|CET|BST|[A-Z]{2,4}T)\s*)?[:–—-]\s*", re.I)
_UPDATE_LABEL = re.compile(r"\W*(?:\d{1,2}[:.]\d{2}\s*\W*\s*)?(?:update|more|latest|recap|summary|background|breaking|"
                           r"correction|context)\b", re.I)


@functools.lru_cache(maxsize=64)  # pure; _not_reported may ask it twice of one sentence
def _without_quoted_events(text: str) -> str:
    """`text` with the quotations that tell violence of their own blanked ("condemned the 'cowardly attack'"); a
    quoted term the sentence's own verb acts on stays ('"air vectors" had struck a column')."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)) if taxonomy.is_trigger(taxonomy.sentence_cues(m.group(0)))
                       else m.group(0), text)


# "PRM condemns the killing of a young protester by security forces in Abdanan on Friday": a release's own report of
# the event (its toll counted by `casualties`), not a reference to one told before.
_CONDEMNED = re.compile(r"\b(?:condemn|denounc|deplor)(?:s|es|ed)? (?:in the strongest (?:possible )?terms |strongly |firmly )?$",
                        re.I)
# ("condemns the killing of a ..."; "condemns in the strongest terms the attack carried out by Israeli settlers on the
# village of Burqa": a release's own report of the event, its author named)
_OF_ONE = re.compile(r" (?:of (?:an?|one) |(?:carried out|perpetrated|committed|launched) by )")


def _unless_condemned(m: re.Match) -> str:
    s = m.string
    if _CONDEMNED.search(s, max(0, m.start() - 40), m.start()) and _OF_ONE.match(s, m.end()):
        return m.group(0)
    return " " * len(m.group(0))


# What an event "was followed by" on a later day: another event, told apart
_FOLLOWED_LATER = re.compile(r"\b(?:was|were|had been) (?P<later>followed by\b[^.;]*?\b(?:the (?:next|following) day|a day "
                             r"later|(?:two|three|\d) days later|the day after))", re.I)
# The event just told, as the subject of what it followed
_FOLLOWED_SUBJECT = re.compile(r"^(?P<told>(?:the|this|that) (?:[\w-]+ )?(?:protests?|march|rally|demonstration|sit-in|"
                               r"blockade|unrest|riots?|violence|clashes|attack|strike|fighting)) followed (?:the|a|an)\b",
                               re.I)


# A sentence that opens on its dead and the act that killed them: "Five people were killed when armed gang members
# attacked the town of Boucan-Carré last night, ..."
_EVENT_TOLD_FIRST = re.compile(r"^(?:\W*\d\d?[:.]\d\d\W+)?(?:at least |some |about )?(?:\d+|two|three|four|five|six|seven|eight|"
                               r"nine|ten|eleven|twelve|\w+teen|twenty|thirty)(?: [\w-]+){0,3}? (?:were|have been|had been) "
                               r"(?:killed|shot dead)\b[^.;]{0,40}?\b(?:when|as|after|in)\b", re.I)


def _own_place_and_day(s: Sentence, doc: "_Doc") -> bool:
    """Whether a clause names a place and a day of its own ("... near Loyoro ... the following morning"), not only
    "in the same area"."""
    return (relative_day(s.text, clause=True) is not None or resolve_date(s.text, doc.pub) is not None) \
        and any(s.start <= t.start < s.end for t in doc.toponyms)


_SINCE_THE_EVENT = re.compile(r"\bsince the (?:[\w-]+ ){0,2}?(?:attacks?|raids?|assault|fighting|clash(?:es)?|killings?|"
                              r"massacre|bombings?|explosions?|ambush|shelling|strikes?|riots?|violence)\b", re.I)


def _blank(pattern, text: str, group: int | str = 0) -> str:
    """`text` with the matches of `pattern` (or of one group of each) blanked: same length, offsets hold."""
    return pattern.sub(lambda m: m.group(0)[:m.start(group) - m.start()] + " " * len(m.group(group))
                       + m.group(0)[m.end(group) - m.start():], text)


# A story told for an anniversary ("Jordan marks 21 years since the hotel bombings", "to mark the 10th anniversary
# of the massacre"): the event it recalls is its subject, and the reports of it that name no day are history.
_COMMEMORATION = re.compile(r"\b(?:marks?|marking|marked|commemorat\w+|remember\w*|mourn\w*) (?:\w+ ){0,3}?(?:anniversary|"
                            r"(?:\d+|\w+) years (?:since|after))\b|\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|"
                            r"tenth|twentieth|\w+-\w+(?:st|nd|rd|th)) anniversary of\b", re.I)
# A headline that reports violence of its day ("police kill four as protests mark anniversary") is news.
_NEWS_OF_THE_DAY = re.compile(r"\b(?:kill(?:s|ed)?|shoot(?:s|ing)?|shot|clash(?:es|ed)?|arrest(?:s|ed)?|attack(?:s|ed)|"
                              r"fire[sd]?|die[sd]?|dead|dispers\w+|tear ?gas|injur\w+|wound(?:s|ed)|storm(?:s|ed)|"
                              r"torch(?:es|ed)|protest(?:s|ers|ed)?|march(?:es|ed|ers)|riot\w*|detain\w*)\b", re.I)


def _commemorative(title: str | None) -> bool:
    """Whether the headline says the story marks an anniversary, and reports no violence of its own day."""
    return bool(title) and _COMMEMORATION.search(title) is not None and _NEWS_OF_THE_DAY.search(title) is None


class _FrameReader:
    """Reads the sentences in order into incident frames (`_Group`), keeping in mind what a reader would: the
    frame being told, the last actor named, the section and its heading's place and day, the means of attack named
    so far, the day a paragraph told, the background sentence just before, and an open quotation."""

    def __init__(self, doc: _Doc):
        self.doc = doc
        self.groups: list[_Group] = []
        self.current: _Group | None = None
        self.last_actor: tuple[int, str] | None = None  # (paragraph, actor) most recently named
        self.section_place: Place | None = None  # a heading that names a region ("KIRKUK", "Beni territory:")
        self.section_date: dt.date | None = None  # a heading that names the day a roundup covers
        self.section = 0  # sections the headings divide the article into
        self.means: Counter = Counter()  # means of attack named so far ("drone strikes"): "the strike" refers back
        self.para_date: tuple[int, dt.date] | None = None  # (paragraph, day) told by a sentence that opened nothing
        self.summary: Sentence | None = None  # the background sentence just before (a total, a trend)
        self.last: Sentence | None = None
        self.quote_open = False  # a quotation opened in an earlier sentence of the paragraph is still running
        self.calls: int | None = None  # the paragraph whose list is a release's demands ("calls on ... to:")
        self.recap: int | None = None  # the paragraph of a blog's recap of its day ("22:05 – A summary of the day:")
        self.in_clause = False  # reading a time reference's clause ("..., a day after X"): X is never the main's
        self.ahead: list[tuple[Sentence, Place, "_Group"]] = []  # newest-first tolls of a place told further down

    def read(self) -> list[_Group]:
        d = self.doc
        swapped: list[tuple[_Group, _Group]] = []
        passing: list[_Group] = []  # the frames of day-count clauses ("..., a day after X"), placed by their clause
        for s in _split_headings(d.sentences, d.headings):
            opened = len(self.groups)
            self._sentence(s)
            main = self.groups[-1] if len(self.groups) > opened else None
            # (main_clause, remembered per sentence, returns the very sentence where this finds nothing: most do)
            m = _TIME_REFERENCE.search(s.text) if main_clause(s.text) is not s.text else None
            if m is not None:
                # "..., hours after a roadside bomb killed two elders in Bajaur": that event is read on its own.
                at = m.start() + len(m.group(0)) - len(m.group(0).lstrip(", "))
                cut = _CLAUSE_START.search(s.text, at)
                if cut is not None:
                    current, self.current = self.current, None  # never a continuation of the main clause
                    clause = Sentence(s.text[cut.end():m.end()], s.start + cut.end(), s.start + m.end(), s.paragraph)
                    aftermath = main is not None and self._aftermath(main, s, clause)
                    if aftermath:
                        self.groups.remove(main)
                    opened = len(self.groups)
                    days = _DAYS_APART.search(m.group(0))
                    self.in_clause = days is not None
                    self._sentence(clause)
                    self.in_clause = False
                    if days is not None and len(self.groups) > opened:
                        self.groups[-1].clause = True
                        passing.append(self.groups[-1])
                    if days is not None and main is not None and main.date is not None and len(self.groups) > opened \
                            and self.groups[-1].date is None:
                        # "... regained Mersa yesterday, two days after fighters overran its police station": the
                        # clause's event, that many days from the main one
                        n = days.group(1).lower()
                        n = int(n) if n.isdigit() else _DAY_COUNTS[n]
                        self.groups[-1].date = main.date + dt.timedelta(days=-n if days.group(2).lower() == "after" else n)
                    if main is not None and main.place is not None and len(self.groups) > opened \
                            and self.groups[-1].place is None and not _names_another_spot(clause.text):
                        self.groups[-1].place = main.place  # ("overran its police station": the main event's town)
                    elif days is not None and len(self.groups) > opened and self.groups[-1].place is None:
                        passing.remove(self.groups[-1])
                    self.current = current  # the story goes on about the main event
                    if main is not None and not aftermath and len(self.groups) > opened and len(self.groups) >= 2 \
                            and self.groups[-2] is main:
                        # (and what follows with no frame of its own, "The gunfight broke out near Gua", "A third
                        # body was found", is the main event's: while reading, the clause's frame is told before it)
                        self.groups[-2], self.groups[-1] = self.groups[-1], main
                        swapped.append((main, self.groups[-2]))
                    if aftermath and len(self.groups) > opened:
                        self._toll_of_the_clause(main, s, m)
                    elif aftermath:
                        self.groups.append(main)
        for first, second in zip(self.groups, self.groups[1:]):
            if second.place is None and first.place is not None and _second_of_the_lead(first, second) \
                    and _SAME_REGION.search(second.sentences[0].text):
                # "..., and a landmine struck a military truck in the same region the following day": the region of
                # the lead's first event
                second.place = region_of(first.place)
        for g in self.groups[:]:
            if g.clause and g not in passing and len(g.sentences) == 1 and not g.tolls:
                # "..., a day after a soldier was killed in a separate gunfight": an event told in passing, at no place
                # of its own and never told again, is the story's background
                self.groups.remove(g)
        for s, place, held in self.ahead:
            # (with the sentences after it in its entry: "The death toll there rises to three")
            below = next((g for g in self.groups if g.sentences[0].start > s.start and _same_spot(g.place, place)), None)
            if below is not None and held in self.groups and s in held.tolls:
                moved = [t for t in held.tolls if t.paragraph == s.paragraph and t.start >= s.start]
                held.tolls = [t for t in held.tolls if t not in moved]
                below.tolls = sorted(below.tolls + moved, key=lambda t: t.start)
        for main, clause in swapped:  # the frames in the order the text tells them
            if main in self.groups and clause in self.groups:
                i, j = self.groups.index(main), self.groups.index(clause)
                if i > j:
                    self.groups[i], self.groups[j] = clause, main
        for first, second in zip(self.groups, self.groups[1:]):
            if second.tolls and _second_of_the_lead(first, second):
                keep = [t for t in second.tolls if not _toll_of_the_first(first, second, t)]
                first.tolls.extend(t for t in second.tolls if t not in keep)
                first.tolls.sort(key=lambda t: t.start)
                second.tolls = keep
        return self.groups

    def _crowd_named(self, s: Sentence) -> "_Group | None":
        """The frame of the crowd a sentence names by who marched ("The teachers' march", "the farmers' sit-in"), if
        an earlier protest frame opened on them."""
        m = _CROWDS_EVENT.match(_ENTRY_TIME.sub("", s.text, count=1))
        if m is None:
            return None
        who = re.compile(rf"\b{re.escape(m.group(1))}s?\b", re.I)
        return next((g for g in reversed(self.groups) if g.first.get("protest") and who.search(g.sentences[0].text)), None)

    @staticmethod
    def _aftermath(main: "_Group", s: Sentence, clause: Sentence) -> bool:
        """ "The bodies of six men were recovered on Sunday in rural Taraza, a day after heavy fighting between
        ...": the bodies are the toll of the fighting the clause tells, not an incident of their own."""
        told = main_clause(s.text)
        return main.sentences == [s] and _BODIES_FOUND_OF.search(told) is not None \
            and not any(taxonomy.sentence_cues(told).get(k) for k in _KIND_CUES) \
            and any(taxonomy.sentence_cues(clause.text).get(k) for k in _KIND_CUES)

    def _toll_of_the_clause(self, main: "_Group", s: Sentence, m: re.Match) -> None:
        """The clause's event, on its own day (a day before the bodies were found), placed where the bodies lay
        unless the clause names its own place, told by the whole sentence."""
        event = self.groups[-1]
        n = _DAYS_BEFORE.search(m.group(0))
        days = 0 if n is None else 1 if n.group(1) is None else int(n.group(1)) if n.group(1).isdigit() \
            else _DAY_COUNT[n.group(1).lower()]
        if event.place is None:
            event.place = main.place
        if main.date is not None and event.date is None:
            event.date = main.date - dt.timedelta(days=days)
        event.sentences[0] = s   # the whole sentence is its evidence, and its bodies its toll
        self.current = event

    def _event_told_at_its_place(self, s: Sentence, date: dt.date | None) -> "_Group | None":
        """The frame of "The attack on the Medu site ...", opening the sentence: the event told before at that place
        (on the same day, if the sentence names one)."""
        m = _EVENT_AT_ITS_PLACE.match(s.text) if self.groups else None
        if m is None:
            return None
        named = in_span(self.doc.toponyms, self.doc.starts, s.start + m.start(1), s.start + m.end(1))
        return next((g for g in reversed(self.groups) if g.place is not None and (date is None or g.date in (None, date))
                     and any(g.place.geonames_id == t.geonames_id or g.place.name == t.name for t in named)), None) \
            if named else None

    def _event_named_by_place(self, s: Sentence, cues: Counter) -> "_Group | None":
        """The frame of "the Jenin strike", "the A'zaz bombing", "the overnight attack near Waydar" when the
        sentence only counts its dead and hurt."""
        m = _EVENT_BY_PLACE.search(s.text) or _EVENT_NEAR_PLACE.search(s.text)
        if m is None or set(k for k, v in cues.items() if v) - _HURT_CUES - set(_MEANS_CUES) \
                or not (casualties.count("fatalities", s.text) or casualties.count("injuries", s.text)):
            return None
        named = in_span(self.doc.toponyms, self.doc.starts, s.start + m.start(1), s.start + m.end(1))
        if not named:
            return None
        return next((g for g in reversed(self.groups) if g.place is not None and any(
            g.place.geonames_id == t.geonames_id or g.place.name == t.name for t in named)), None)

    def _correction(self, s: Sentence, pub: dt.date) -> bool:
        """"17:35 – Correction: the attack on the Markadah checkpoint took place late on Tuesday night, ..., not this
        morning as we reported": the frame at the place it names gets the day it gives (and any figure it corrects)
        instead of a new event."""
        told = self._frame_at(s, 0, len(s.text))
        if told is None:
            return False
        day = resolve_date(s.text, pub)
        if day is not None and day != told.date and _NOT_AS_REPORTED.search(s.text):
            # (every frame at that place: the first report and its updates, "12:40 – SDF update on Markadah: ...")
            for g in self.groups:
                if g.place is not None and told.place is not None \
                        and (g.place.geonames_id == told.place.geonames_id or g.place.name == told.place.name):
                    g.date = day
        told.tolls.append(s)
        self.current = told
        return True

    def _frame_at(self, s: Sentence, start: int, end: int) -> "_Group | None":
        """The latest frame at a place the sentence names between ``start`` and ``end``."""
        named = in_span(self.doc.toponyms, self.doc.starts, s.start + start, s.start + end)
        return next((g for g in reversed(self.groups) if g.place is not None and any(
            g.place.geonames_id == t.geonames_id or g.place.name == t.name for t in named)), None) if named else None

    def _place(self, s: Sentence) -> Place | None:
        country = self.section_place.country_iso2 if self.section_place is not None else None
        place = _place_in(self.doc.body, s, self.doc.toponyms, self.doc.starts, country)
        after = _DAYS_AFTER_EVENT.search(s.text) if place is not None and " after " in s.text else None
        if after is not None:
            # "The attack in Mejara came two days after the same group killed three villagers in Mucua": the event
            # the sentence tells is the earlier one, at the place told after "after"
            later = _place_in(self.doc.body, replace(s, text=s.text[after.end():], start=s.start + after.end()),
                              self.doc.toponyms, self.doc.starts, country)
            place = later or place
        told = self.current or (self.groups[-1] if self.groups else None)
        if place is not None and told is not None \
                and s.paragraph - told.sentences[-1].paragraph <= 2 and self._only_sources_placed(s):
            # "According to a military source in Bambari, the rebels ... opened fire on a FACA patrol", after the
            # fighting near Ippy: where the source sits is no scene; the frame told goes on.
            return None
        if place is not None and told is not None and s.paragraph - told.sentences[-1].paragraph <= 1 \
                and self._only_origins_placed(s):
            # "Police reinforcements from Mbanza-Ngungu moved in to clear the road": where the force came from
            return None
        if place is not None and told is not None and s.paragraph - told.sentences[-1].paragraph <= 2 \
                and self._only_borders_placed(s):
            # "the attackers, bandits operating from the forests along the Plateau border, arrived at 9pm": a region
            # named by its border says where they came from; the frame told goes on
            return None
        return place

    def _only_borders_placed(self, s: Sentence) -> bool:
        body = self.doc.body
        named = in_span(self.doc.toponyms, self.doc.starts, s.start, s.end)
        return bool(named) and all((t.feature_code or "").upper().startswith(("ADM1", "PCL"))
                                   and _BORDER_AFTER.match(body, t.end) for t in named)

    def _only_origins_placed(self, s: Sentence) -> bool:
        body = self.doc.body
        named = in_span(self.doc.toponyms, self.doc.starts, s.start, s.end)
        return bool(named) and all(_FORCE_FROM.search(body, max(s.start, t.start - 60), t.start) for t in named)

    def _only_sources_placed(self, s: Sentence) -> bool:
        body = self.doc.body
        named = in_span(self.doc.toponyms, self.doc.starts, s.start, s.end)
        return bool(named) and all(SOURCE_BEFORE.search(body, max(s.start, t.start - 90), t.start)
                                   or _SOURCE_AFTER.match(body, t.end)
                                   or _SPEAKER_IN.search(body, max(s.start, t.start - 60), t.start)
                                   and _SAID_SOON.match(body, t.end) for t in named)

    def _sentence(self, s: Sentence) -> None:
        # (a live blog's entry after midnight tells its "yesterday" from its own day)
        pub = next((day for start, day in reversed(self.doc.entry_days) if start <= s.start), self.doc.pub) \
            if self.doc.entry_days else self.doc.pub
        before_quote = self.quote_open and self.last is not None and self.last.paragraph == s.paragraph
        self.quote_open = _quote_open_after(s.text, before_quote)
        before, self.last = self.last, s
        if _CALLS_INTRO.search(s.text):
            # "Karun Watch calls on the Iranian authorities to:\n- release all those detained for peaceful protest in
            # Ahvaz": the demands listed after it tell no event
            self.calls = s.paragraph
            return
        if s.start in self.doc.heading_starts:
            self._heading(s)
            return
        if _BY_THE_NUMBERS.match(s.text):
            return  # a roundup's "BY THE NUMBERS: 3 killed, 4 injured and 11 detained in the events covered this week"
        if self.groups and _CORRECTION.match(_ENTRY_TIME.sub("", s.text, count=1)) and self._correction(s, pub):
            return
        if self.calls is not None and s.paragraph - self.calls in (0, 1) and _LIST_ITEM.match(s.text):
            # "- release all those detained for peaceful protest in Ahvaz": what is demanded, no event (the list
            # runs on while its items follow one another, a line each)
            self.calls = s.paragraph
            return
        named, context_actor = self._actors(s)
        cues, first_pos = self._cues(s, named)
        trigger, death_only = self._trigger(s, cues)
        if not trigger and self.groups and "toll" in s.text and casualties.toll_update(s.text) is not None:
            # "14:20 – The toll in Bylbasivka has risen to two": a new toll with no word of death, still the toll
            trigger, death_only = True, True
        # (a newest-first blog's recap stands above the entries it sums up: "21:55 – ... A quick recap: ...")
        if trigger and (self.groups or self.doc.newest_first) and _RECAP.match(s.text) or trigger \
                and _ENTRY_TIME.match(s.text) and _RECAP.match(_ENTRY_TIME.sub("", s.text, count=1)):
            # (a blog's "21:30 – Recap of the day: ..." sums up its entries, however new it is)
            self.recap = s.paragraph
            return  # "In summary: two people were killed in Kherson ...": the day's events told again
        if trigger and self.recap == s.paragraph:
            return  # (and so do the recap's next sentences: "The police station in Morales was attacked with drones")
        toll_before = next((g for g in self.groups if g is not self.current and g.tolls
                            and g.tolls[-1].paragraph == s.paragraph and 0 <= s.start - g.tolls[-1].end <= 3), None) \
            if trigger and death_only else None
        if toll_before is not None and self._place(s) is None:
            # "12:10 – Rescuers in Merefa have found a second body ... The toll there is now two dead": the next
            # word on the toll the sentence before gave to an earlier frame, not on the frame the blog told last
            toll_before.tolls.append(s)
            return
        told = self._event_named_by_place(s, cues) if trigger and self.groups and "the " in s.text else None
        if told is not None:
            # "10:05 – The Health Ministry says two men were killed in the Jenin strike and two were wounded": the
            # toll of the event the text named by its place, told before
            told.tolls.append(s)
            return
        if trigger and self.groups and not death_only and not cues.get("kill") and _ORDINAL_VICTIM.match(s.text) \
                and not set(k for k, v in cues.items() if v) - _HURT_CUES:
            # "A third gendarme, shot in the shoulder, ... were wounded and evacuated on Monday": one more wounded
            # of the attack just told, on whatever day they were moved
            target = self.current or self.groups[-1]
            target.tolls.append(s)
            return
        if trigger and death_only and self.groups and (_OF_THE_VICTIMS.search(s.text) or _MORE_DEAD.search(s.text)
                                                       or not violence_words(s.text)
                                                       and not any(casualties.count(k, s.text)
                                                                   for k in ("fatalities", "injuries"))):
            # "The bodies of the martyred personnel were taken to ...", "He pulled two of the wounded out",
            # "Rescuers found two more bodies": the aftermath of an incident already reported, never a new one.
            # ("the death toll from Sunday's takeover": the frame of the day it names)
            target = self._frame_of_named_day(s) or self.current or self.groups[-1]
            own_place = self._place(s)
            if own_place is not None and not _same_spot(target.place, own_place):
                # "11:40 - The death toll in Kharkiv has risen to four", after an entry on Shebekino: the toll of
                # the frame of the place it names.
                told_at = next((g for g in reversed(self.groups) if _same_spot(g.place, own_place)), None)
                if told_at is not None:
                    told_at.tolls.append(s)
                    return
                newer = self.doc.newest_first and target.place is not None \
                    and (own_place.feature_code or "").upper().startswith("PPL") \
                    and (target.place.feature_code or "").upper().startswith("PPL")
                if newer and not more_specific(own_place, target.place):
                    # a newest-first blog's "21:30 – The death toll in Reni has risen to four", under an entry on
                    # Izmail: the first word of an event its older entries tell below (read on as a frame of its
                    # own, which merge.py folds into the older entry's)
                    target = None
            if target is not None:
                if s.paragraph - target.sentences[-1].paragraph <= 3 or target.tolls and s.paragraph - target.tolls[-1].paragraph <= 1:
                    target.tolls.append(s)
                    if target is self.current and s.paragraph - target.sentences[-1].paragraph == 1 \
                            and taxonomy.ANAPHORIC_EVENT.match(s.text):
                        # "The fighting broke out Sunday in a rural area of the municipality of Hacari, ..., which
                        # said the dead included four members of the ELN": the aftermath told with where and when
                        _place_and_day_told(target, s, own_place, resolve_date(s.text, pub))
                return
        if trigger and _private_detention(s.text, cues, named):
            trigger = False  # "detained by factory officials": no state arrest and no armed group's abduction
        # A sentence that reports nothing has a place only for a frame it may complete: most need none.
        own_place = self._place(s) if self._place_matters(s, trigger) else None
        coarse = own_place is not None and (own_place.feature_code or "").upper().startswith(("ADM1", "PCL"))
        if (own_place is None or coarse) and self.groups and _SAME_SPOT_AGAIN.search(s.text) and (
                not _FROM_THE_SITE.search(s.text) or has_explicit_date(s.text) or relative_day(s.text) is not None):
            # (an undated "recovered ... from the encounter site" is what the fight left behind: see _left_behind)
            # "Soldiers clashed with them near the same village": the place of the incident told before (also
            # where the sentence names only the region: "the main street of the same city ... outside the governorate")
            told = next((g.place for g in reversed(self.groups) if g.place is not None), None)
            if own_place is None or told is not None and told.country_iso2 == own_place.country_iso2 \
                    and more_specific(told, own_place):
                own_place = told
        date = resolve_date(s.text, pub)
        if date is not None and ("sustained" in s.text or "suffered" in s.text):
            sustained = _WOUNDS_FROM.search(s.text)
            if sustained is not None and (earlier := resolve_date(s.text[sustained.end():], pub)) is not None:
                date = earlier   # "a fourth man died yesterday of wounds sustained in a clash late on Sunday": Sunday's
        if date is not None and ", which" in s.text:
            bare = _WHICH_CLAUSE.sub(" ", s.text)
            if bare != s.text and resolve_date(bare, pub) is None:
                # "Police arrested seven people and imposed a curfew on the village, which was lifted on Monday
                # evening": the day of what the relative clause tells, not of the arrests
                date = None
        issued = _ISSUED_ON.match(s.text) if date is not None else None
        if issued is not None and resolve_date(s.text[issued.end():], pub) is None:
            date = None   # (the statement's day; what it tells names none of its own)
        if date is None and self.groups and self.groups[-1].date is not None \
                and (s.joined or trigger and _DAY_ADVERB_OPENING.match(s.text)) \
                and (shift := relative_day(s.text, clause=s.joined)):
            # (a lead's second clause "... a day later": the day after the first clause's; and a paragraph opening
            # "A day earlier, Russian aircraft dropped guided bombs on Okhtyrka": the day before the event told)
            # ("Two days before the Eyumojok attack, ...": counted from the event named, however many came between)
            by_name = _DAYS_FROM_NAMED_EVENT.search(s.text)
            ref = next((h for h in reversed(self.groups) if h.date is not None
                        and any(by_name.group(1) in x.text for x in h.sentences)), None) if by_name else None
            date = (ref or self.groups[-1]).date + dt.timedelta(days=shift)
        elif date is None and trigger and self.groups and self.groups[-1].date is not None \
                and _SAME_DAY_OPENING.match(s.text):
            # (the day the sentence before names, if it names one: "... and service resumed on Thursday. That night,
            # armed drones dropped explosives on houses")
            told = resolve_date(before.text, pub) if before is not None and before.paragraph == s.paragraph else None
            date = told or self.groups[-1].date
        if date is not None and ("free" in s.text or "releas" in s.text or "escaped" in s.text):
            date = _day_told(s.text, pub)   # (not the day those taken were freed)
        if date is not None and (_REPORT_DAY.match(s.text) or _BY_THEN.match(s.text)):
            # "On Friday, a spokesman said 11 people had been killed", "By Monday evening, the medical centre said
            # six people had been killed": the day of the telling, or the toll as it stood by then
            date = None
        if date is not None and trigger and ", and " in s.text and self.current is not None \
                and taxonomy.ANAPHORIC_EVENT.search(s.text) and _day_only_after(s.text, pub):
            # "The soldiers repelled the attack, and troops were searching the area this Thursday": the day of what
            # followed the event just told, not of a new one
            date = None
        if trigger and self._toll_update(s, own_place, cues):
            return
        if trigger and death_only and date is None and self._toll_of_named_place(s, own_place):
            return
        if trigger and self._not_reported(s, cues, own_place, date, first_pos, before_quote, before is None):
            trigger = False
        if trigger and (own_place is None or (own_place.feature_code or "").upper().startswith("PCL")) \
                and (_MUNITIONS_COUNT.search(s.text) and own_place is not None or _INTERCEPT_COUNT.search(s.text)
                     and not taxonomy.label_prefix(s.text) and not has_explicit_date(s.text)
                     and not in_span(self.doc.toponyms, self.doc.starts, s.start, s.end)):
            # "Russia launched 96 drones and six missiles at Ukraine overnight": a night's tally over a whole
            # country, not an event at a place (its strikes are told one by one).
            trigger = False
        current = self.current
        if current is not None and current.sentences[-1].paragraph == s.paragraph and date is not None \
                and current.date is not None and 0 < (current.date - date).days <= 7 \
                and _KILLED_EARLIER.match(s.text) and _FOUND_DEAD.search(current.sentences[0].text):
            # "three farmers ... were found dead on Wednesday by a search party. According to the sub-prefect, they
            # were killed on Monday by armed herders": the day of the killing the finding told
            current.date = date
            current.sentences.append(s)
            return
        if self._background(s, trigger, cues, own_place, date, first_pos, before):
            return
        # A total, or a sentence set in an earlier year ("In June 2014, ... they captured hundreds of recruits"):
        # what follows it without a day of its own goes on telling it.
        self.summary = s if not trigger and (_TOTAL.search(s.text) or names_past_year(s.text, self.doc.pub)) else None
        told = None if trigger else self._event_told_at_its_place(s, date)
        if told is not None:
            # "The shelling of Washhah on 29 June struck the weekly market as traders were packing up": more of the
            # event told before at that place; what follows in the paragraph goes on telling it
            told.tolls.append(s)
            told.told_to = max(told.told_to, s.paragraph)
            self.current = told
            return
        if not trigger:
            self._detail(s, own_place, date)
        if trigger:
            self._event(s, cues, own_place, date, named, context_actor, death_only, before)
        else:
            self._other(s, cues, own_place, date)

    def _place_matters(self, s: Sentence, trigger: bool) -> bool:
        """Whether the rest of `_sentence` may read the sentence's own place: always for an event; otherwise
        only `_other` for the current frame and `_detail` for a "The attack took place ..." after the last one
        (neither touches it when this says False, and nothing in between changes the frames)."""
        return trigger or self.current is not None or (bool(self.groups) and (
            _TOOK_PLACE.match(s.text) is not None or _EVENT_AT_PLACE.match(s.text) is not None
            or _EVENT_AT_ITS_PLACE.match(s.text) is not None))

    def _heading(self, s: Sentence) -> None:
        self.current = None  # a new section: nothing continues across it
        self.section += 1
        self.section_place = self._place(s)
        if not _PERIOD.search(s.text) and not _STAMP.search(s.text):
            # "Reporting period: 16-22 September" dates no single event; "Published 11 April" dates the page
            day = resolve_date(s.text, self.doc.pub)
            if day is not None and self.doc.entry_days and s.start < self.doc.entry_days[0][0]:
                # a live blog's own header ("Kharkiv Daily | LIVE | Saturday 18 July 2026") over entries that ran
                # past midnight: each entry's clock tells its day
                day = None
            self.section_date = day or self.section_date

    def _actors(self, s: Sentence) -> tuple[list, str | None]:
        """The actors the sentence names, and the one named just before in its paragraph (for agentless ones)."""
        if self.last_actor is not None and self.last_actor[0] != s.paragraph:
            self.last_actor = None
        context_actor = self.last_actor[1] if self.last_actor else None
        named = find_actors(s.text)
        if named:
            self.last_actor = (s.paragraph, named[0].actor)
        return named, context_actor

    def _cues(self, s: Sentence, named: list) -> tuple[Counter, int]:
        """The sentence's event cues and the offset of its first trigger."""
        text = _blank(_ARMED_WITH, main_clause(s.text))
        if "no " in text:
            # "Police told his family they had no record of his arrest": a denial, no arrest told
            text = _blank(_NO_RECORD, text)
        if "nger" in text or "utrage" in text or "ury" in text or "ear" in text:
            # "Anger over the kidnappings spilled over in Bertoua": the events the anger is about, told as its cause
            text = _blank(_FEELING_OVER, text)
        if "arrant" in text or "harge" in text or "ccused" in text or "anted" in text or "onvicted" in text:
            text = _blank(_CHARGE, text, "crime")
        if "death" in text or "killing" in text:
            # "after the boy's death became known, hundreds of young people set fire to ...": the death told as
            # the cause of what the sentence reports
            text = _blank(_DEATH_AS_CAUSE, text)
        if "emand" in text:
            # "The militiamen, armed with machetes, ... demanded the release of three of their members": what an
            # armed group demands is no protest
            text = _blank(_ARMED_DEMAND, text, "demand")
        if "way from" in text:
            text = _blank(_AWAY_FROM_PROTESTS, text)   # "Away from the protests, ...": no protest told
        if "followed" in text:
            # "The protest followed the arrest in Tela on Saturday of two leaders": the event it followed is told
            text = _blank(_FOLLOWED_SUBJECT, text, "told")
            # "Fighting ... on 11 November was followed by an aerial bombardment the next day": the later event is
            # told apart (its own report follows); the sentence is the first event's
            text = _blank(_FOLLOWED_LATER, text, "later")
        if "ccuse" in text or "uspect" in text:
            # "police arrested three youth leaders late on Monday whom they accuse of mobilising for today's
            # protests": the grounds of an arrest report no protest
            text = _blank(_ARREST_GROUNDS, text) if _ARRESTED_WORD.search(text) else text
        if "since the" in text:
            # "armed men looted ... the health centre in Terre-Neuve, which had been closed since the first attack":
            # an earlier event, the time a state has lasted from, not what the sentence reports
            text = _blank(_SINCE_THE_EVENT, text)
        cues = taxonomy.sentence_cues(taxonomy.ANAPHORIC_EVENT.sub(_unless_condemned, text))
        first_pos = cues.pop("_pos", len(s.text))
        if cues.get("abduct") and taxonomy.only_abductors_named(text):
            # "the kidnappers had called relatives on Tuesday evening to demand a ransom": those who took them,
            # named; no one taken in this sentence
            del cues["abduct"]
        if cues.get("intervention") and cues.get("protest"):
            # "police evicted 150 families ..., which had occupied it since March, after they had blocked the road in
            # protest": the force's act is what the sentence reports first, whatever the aside after it recalls
            m = taxonomy.CUES["intervention"].search(text)
            if m is not None and m.start() < first_pos:
                first_pos = m.start()
        if _attacks_armed_actor(s.text, named) and not any(cues.get(k) for k in _MEANS):
            # (ACLED: an attack on soldiers is a clash unless made by explosives, shelling or air: "an explosive
            # device planted by militants targeted an army vehicle" stays a bombing)
            cues["clash"] += 1
        _refer_back_to_means(s.text, cues, self.means)
        if cues.get("grenade") and _ARMS_HAUL.search(s.text) and not _GRENADE_USED.search(s.text):
            del cues["grenade"]   # "Rifles, grenades and radio equipment were seized": a haul, no grenade thrown
        if cues.get("arrest") and ("no " in s.text or "without" in s.text) and all(
                any(n.start() <= a.start() < n.end() for n in _NO_ARREST.finditer(s.text))
                for a in taxonomy.CUES["arrest"].finditer(s.text)):
            del cues["arrest"]   # "..., but no arrests were reported": none made
        if cues.get("protest") and "block" in text and all(
                any(b.start() <= m.start() < b.end() for b in taxonomy.ARMED_BLOCK.finditer(text))
                for m in taxonomy.CUES["protest"].finditer(text)):
            # "... when about a dozen armed men blocked the road at around 4pm": gunmen's roadblock, no protest
            del cues["protest"]
        if _ONLY_NEGATED_TOLL.match(s.text) or _ONLY_NONE_HARMED.match(s.text):
            cues = Counter()  # "No injuries were reported." adds nothing and opens nothing
        if _CLAIM_BACK.search(s.text) or _TOLD_OF_IT.search(s.text):
            # "JNIM claimed responsibility for the attack, saying its fighters had seized weapons": who did an
            # event already told, and what they say of it; no new one.
            cues = Counter()
        if _IT_WAS_NTH.match(s.text):
            return Counter(), len(s.text)  # "It was the third such attack on the base in two months": said of it
        m = taxonomy.ANAPHORIC_EVENT.match(s.text)
        if m is not None and (_COPULA.match(s.text, m.end()) or _PLACED_COPULA.match(s.text, m.end())):
            cues = Counter()  # "Thursday's attack was the second mortar strike on the market this month": said of it
        return cues, first_pos

    def _trigger(self, s: Sentence, cues: Counter) -> tuple[bool, bool]:
        """(whether the sentence may report an event, whether its only event words are deaths or injuries)."""
        pub = self.doc.pub
        trigger = taxonomy.is_trigger(cues) or bool(taxonomy.label_prefix(s.text)) or (
            any(cues.get(w) for w in taxonomy.WEAK_TRIGGERS) and resolve_date(s.text, pub) is not None)
        # (the cue test before non_violent, which scans the sentence with a dozen patterns)
        if trigger and not cues.get("protest") and non_violent(s.text) and not taxonomy.label_prefix(s.text):
            trigger = False  # an accident, a verbal attack, a fight against a disease
        elif trigger and cues.get("protest") and exercise(s.text) and not taxonomy.label_prefix(s.text):
            trigger = False  # troops that "stormed" a simulated camp in a joint exercise: training, no riot
        death_only = taxonomy.is_trigger(cues) and not _violent_cues(cues) and not taxonomy.label_prefix(s.text)
        if trigger and death_only and (non_violent(s.text) or (
                self.current is None and not self.doc.violence and not violence_words(s.text)
                and not _BODIES_FOUND.search(s.text))):
            # Died of an illness, in a crash or a flood; or a death that nothing says was violent, which may
            # still give the toll of the incident before it ("Two civilians died.").
            trigger = False
        if trigger and cues.get("air") and not any(cues.get(k) for k in taxonomy.TRIGGERS if k != "air") \
                and not _STRIKE_VERB.search(s.text) \
                and all(_MEANS_NOUN.fullmatch(m.group(0)) for m in taxonomy.CUES["air"].finditer(s.text)):
            # "within range of Russia's most feared weapon: the glide bomb, released from jets": a weapon named, no
            # strike told.
            trigger = False
        if trigger and death_only and (_CARE.search(s.text) or _UNDER_CARE.search(s.text)
                                       and not casualties.count("fatalities", s.text)):
            trigger = False  # "treated for their wounds", "recovering from injuries": care, not the harm
        if trigger and _DRILL.search(s.text):
            # "Navy gunboats 'shelled' enemy positions with blank rounds, attack helicopters flew simulated air
            # strikes": an exercise's play, no violence
            trigger = False
        if trigger and (_SPORT_ITEM.search(s.text) or _PARADE.search(s.text)) and not taxonomy.label_prefix(s.text):
            # a bulletin's sport item ("And in football, Kaduna United fought their way to a goalless draw"), a
            # military parade ("marched through the centre of Al Dhale in a military parade"): no violence, no protest
            trigger = False
        if trigger and not any(c.islower() for c in s.text) and _CAPS_TITLE.match(s.text):
            # a release's item title, "2. ARREST OF BIFF MEMBERS, MATANOG.", "4. JACOBABAD: CTD ARRESTS.": the
            # item's text below reports the event
            trigger = False
        if trigger and _HEARD_ONLY.search(s.text) and not casualties.count("fatalities", s.text) \
                and not casualties.count("injuries", s.text):
            # "residents of Baqubah reported a loud explosion east of the city": a sound, no event told
            trigger = False
        if trigger and _REPORT_TITLE.match(s.text):
            # "Flash Update #2 – Hostilities in Nabatieh (6 May 2026)": a report's own title line; the events come
            # below it
            trigger = False
        if trigger and _TEASER.search(s.text):
            # "Fighting between jihadists and a Dogon militia in the Mopti region and an ambush on a fuel convoy in
            # Koulikoro top our news this morning": the bulletin's menu; its items come below
            trigger = False
        if trigger and _ON_AIR_CORRECTION.match(s.text):
            # "A correction to our midday bulletin: we reported four customs officers killed near Dourtenga": what
            # the outlet said before, taken back (the figure that stands comes next)
            trigger = False
        if trigger and death_only and (_BODIES_MOVED.search(s.text) or _WOUNDED_MOVED.search(s.text)
                                       and not casualties.count("fatalities", s.text)):
            trigger = False  # "The bodies of the three fighters were taken to their home towns for burial": aftermath
        if trigger and death_only and _DEATH_OF.search(s.text) and not casualties.count("fatalities", s.text):
            trigger = False  # "his untimely death", "the death of the blues legend": a death named, not reported
        return trigger, death_only

    def _toll_of_named_place(self, s: Sentence, own_place: Place | None) -> bool:
        """"A local elder said on Thursday that nine soldiers had been buried in Mahaday": dead and no event, no
        day of their own, at the place of an event told before in the section: that event's toll, however many
        paragraphs lie between (what follows goes on telling it)."""
        if own_place is None or _NEW_EVENT.match(s.text) or _THE_FIGURE.search(s.text):
            return False  # "identified the three dead fighters": the dead already counted, named again
        named = next((g for g in reversed(self.groups) if g.section == self.section and g.place is not None and (
            g.place.geonames_id == own_place.geonames_id or (g.place.feature_code or "").upper() in ("ADM1", "ADM2")
            and more_specific(own_place, g.place))), None)  # or a town of the region the report named
        if named is None:
            return False
        named.sentences.append(s)
        named.later_tolls.append(s)
        self.current = named
        return True

    def _toll_update(self, s: Sentence, own_place: Place | None, cues: Counter) -> bool:
        """"One of the wounded died on Tuesday, bringing the toll to ten": the day of a death, not of an event;
        added to the frame it updates (True) unless it names a place of its own, far from that frame's."""
        if not (self.groups and (_is_toll_update(s.text) or _DAYS_EVENT.search(_ARREST_GROUNDS.sub(" ", s.text))
                                 and not _only_arrests(cues)
                                 # "a man with gunshot wounds died overnight at the Federal Medical Centre", told
                                 # after the event's paragraph (within it, the paragraph's own telling goes on)
                                 or _DIED_AT_HOSPITAL.search(s.text) and not (
                                     self.current is not None and self.current.sentences[-1].paragraph == s.paragraph))
                and not _NEW_EVENT.match(s.text)):
            # "Police arrested two men suspected of taking part in Monday's attack": ACLED's Arrests, an event
            # of its own, not a figure of the attack it names (nor "police arrested three youth leaders late on Monday
            # whom they accuse of mobilising for today's protests": the protests are the grounds of the arrests)
            return False
        m = _EVENT_NEAR_PLACE.search(s.text) if _is_toll_update(s.text) else None
        referred = self._frame_at(s, m.start("at"), m.end("at")) if m else None
        if referred is not None:
            # "16:20 – One of the policemen wounded in this morning's bombing near Qarah Salam has died in hospital in
            # Kirkuk, ... bringing the death toll from that attack to two": the frame of the event it names by its
            # place, however many entries of other events came between
            referred.tolls.append(s)
            self.current = referred
            return True
        target = self.current or self._toll_that_adds_up(s) or self.groups[-1]
        if own_place is not None and target.place is not None and not _same_spot(target.place, own_place) \
                and any(cues.get(k) for k in _KIND_CUES) and not _same_kind(target, s, cues) \
                and self._frame_of_named_day(s) is None:
            # "[a landmine in Marib province] ... In Al-Abdiyah district, a fourth man died yesterday of wounds
            # sustained in a clash late on Sunday": a death from another kind of event at another place, that event's
            return False
        if own_place is not None and target.date is not None and any(cues.get(k) for k in _KIND_CUES) \
                and not _same_spot(target.place, own_place) and _DATE_OPENING.match(s.text) \
                and resolve_date(s.text[:40], self.doc.pub) not in (None, target.date):
            # "On Monday, soldiers exchanged fire with militiamen near Oicha, killing two, while one soldier died of
            # his wounds": an event of its own day and place, whatever deaths it tells
            return False
        if own_place is not None and target.place is not None and not _same_spot(target.place, own_place) \
                and _LAST_WEEKS_EVENT.search(s.text) and not any(_same_spot(g.place, own_place) for g in self.groups):
            # "A teenager wounded in last week's explosion at a scrap yard in Da'el died ..., raising that toll to
            # three", after today's blast at Jamrin: the toll of an earlier event at another place, no one's here
            return True
        dated = self._frame_of_named_day(s)
        if dated is not None and (dated.place is None or own_place is None or _same_spot(dated.place, own_place)
                                  or not _DAYS_EVENT.search(s.text)):
            # (an event named by its place is that frame's wherever the toll is told: "a doctor at the hospital in
            # Maiduguri said two of those wounded in the Konduga blast had died")
            if own_place is not None and dated.place is not None and _POSSESSIVE_EVENT.match(s.text) \
                    and more_specific(own_place, dated.place) and same_admin(own_place.admin1, dated.place.admin1):
                dated.place = own_place   # ("Tuesday's roadside blast struck a minibus on the outskirts of Afgooye")
            dated.tolls.append(s)
            dated.told_to = max(dated.told_to, s.paragraph)   # (the story goes on about it: "The week opened with
            # Monday's clash ... The state prosecutor's office said five bodies were recovered on Tuesday")
            self.current = dated
            return True
        if own_place is not None and not _same_spot(target.place, own_place):
            # "The death toll from Monday's strike on Zaporizhzhia has risen to five", after a Kherson entry: the
            # frame of the place it names.
            named = next((g for g in reversed(self.groups) if _same_spot(g.place, own_place)), None)
            day = _DAYS_EVENT.search(s.text)
            day = resolve_date(re.split(r"['’]", day.group(0))[0], self.doc.pub) if day and not day.group("dm") else None
            if named is None and not _is_toll_update(s.text) and not more_specific(own_place, target.place) \
                    and (s.paragraph - target.sentences[-1].paragraph > 1
                         # (a brief's next line: "• Friday's protest in Suwayda city's Karama Square drew its largest
                         # crowd", after Thursday's killing in Tafas: another day's event at another place)
                         or day is not None and target.date is not None and day != target.date):
                # "More details on yesterday's attack on Zaporizhzhia: aircraft dropped two bombs ...": an event
                # at a place no report so far told is reported here first.
                return False
            if named is None and self.doc.newest_first and target.place is not None \
                    and (own_place.feature_code or "").upper().startswith("PPL") \
                    and (target.place.feature_code or "").upper().startswith("PPL") \
                    and not more_specific(own_place, target.place):
                # A newest-first blog: "23:15 – The death toll from the shooting ... in Malabang has risen to three",
                # above the Ganassi arson, is the first word of an event its older entries report below
                return False
            target = named or target
        if own_place is None or target.place is None or own_place.geonames_id == target.place.geonames_id \
                or more_specific(own_place, target.place) or s.paragraph - target.sentences[-1].paragraph <= 1 \
                or (_is_toll_update(s.text) and own_place.country_iso2 == target.place.country_iso2
                    and same_admin(own_place.admin1, target.place.admin1)
                    and dist_km(own_place.latitude, own_place.longitude, target.place.latitude,
                                target.place.longitude) <= _TOLL_TOWN_KM):
            # (a new toll told from the district's town: "a health worker in Chiure said the death toll had risen
            # to eight", after the attack on Mazeze, a post of Chiure district)
            target.tolls.append(s)
            self.current = target  # what follows in the paragraph ("Rescuers pulled two more bodies") is its too
            return True
        return False

    def _toll_that_adds_up(self, s: Sentence) -> "_Group | None":
        """With no frame open, the one whose toll the new figure continues: "the bodies of three more villagers had
        been found ..., bringing the confirmed toll to 12" is the nine of the village raid, not the two soldiers of
        the ambush the lead told last."""
        if len(self.groups) < 2:
            return None
        total = casualties.toll_update(s.text)
        more = sum(v for _, v, added in casualties.by_side("fatalities", s.text) if added)
        if total is None or not more:
            return None
        return next((g for g in reversed(self.groups)
                     if casualties.count("fatalities", main_clause(g.sentences[0].text)) + more == total), None)

    def _frame_of_named_day(self, s: Sentence) -> "_Group | None":
        """The frame of the day a toll names ("the death toll from Sunday's takeover"), or of the event it names by
        its place ("One of the people injured in the PK3 attack died"), if one was told."""
        named_day = _DAYS_EVENT.search(s.text)
        if named_day is None:
            named = _NAMED_EVENT.search(s.text)
            if named is None:
                return None
            word = re.compile(rf"\b{re.escape(named.group('name'))}\b")
            return next((g for g in reversed(self.groups) if any(word.search(x.text) for x in g.sentences)), None)
        day = resolve_date(named_day.group(0).split("'")[0].split("’")[0], self.doc.pub) if not named_day.group("dm") \
            else day_month(named_day.group("dm"), self.doc.pub)
        found = next((g for g in reversed(self.groups) if day is not None and (g.date or g.detail_date) == day), None)
        named = _POSSESSIVE_EVENT.match(s.text) if found is None and day is not None else None
        kin = _EVENT_KIN.get(named.group("noun").lower().rstrip("s")) if named is not None else None
        if kin is not None:
            # ("... where a roadside bomb killed four civilians a day earlier. || Tuesday's roadside blast struck a
            # minibus ...": the undated event of that kind, dated now)
            found = next((g for g in reversed(self.groups) if g.date is None and kin.search(g.sentences[0].text)), None)
            if found is not None:
                found.date = day
        return found

    def _not_reported(self, s: Sentence, cues: Counter, own_place: Place | None, date: dt.date | None,
                      first_pos: int, before_quote: bool, lead: bool = False) -> bool:
        """Event words that report no event: testimony, quoted words, a peaceful agreement, a campaign."""
        if (self.groups or (own_place is None and date is None)) and (
                s.text[:1] in "\"“'‘" or _quoted_at(s.text, first_pos, before_quote) or (_QUOTED.search(s.text) and not taxonomy.is_trigger(
                    taxonomy.sentence_cues(_without_quoted_events(s.text)))
                    and not (_SAID_THAT_QUOTE.search(s.text) and self._quote_anchored(s)))):
            # A witness quoted after the report: testimony about it; a quotation that names no place and no
            # day ("I believe my father was murdered"): opinion or a figure of speech, not a report. Words of
            # violence only inside quotation marks ("condemned the 'cowardly attack'") are the same.
            return True
        if not lead and _QUOTED.search(s.text) and not taxonomy.is_trigger(taxonomy.sentence_cues(
                _without_quoted_events(s.text))) and not self._quote_anchored(s):
            # '"They killed my husband," a survivor told investigators, according to a summary read in court on
            # Tuesday': past the lead, the day and the place are the telling's; the violence quoted names neither.
            return True
        if cues.get("agreement") and not any(cues.get(k) for k in taxonomy.TRIGGERS if k != "agreement") \
                and not _TRUCE.search(s.text) and not violence_words(s.text):
            return True  # an agreement between a government and farmers, mayors, firms: no conflict's
        if cues.get("agreement") and not any(cues.get(k) for k in taxonomy.TRIGGERS if k != "agreement") \
                and _SOUGHT_AGREEMENT.search(s.text) and not _CONCLUDED.search(s.text):
            return True  # "talks on a truce made little progress", "studying proposals for a ceasefire": none reached
        hearsay = _HEARSAY.search(s.text, 0, first_pos + 1) if first_pos < len(s.text) else None
        if hearsay is not None and first_pos - hearsay.end() < 60:
            return True  # "messages claiming that jihadists had attacked a barracks": a rumour, not a report
        item = _ITEM_LABEL.match(s.text)
        if _UNVERIFIED_LABEL.match(s.text) or _REPORTS_NOT_CONFIRMED.match(s.text[item.end():] if item else s.text):
            # (a release's numbered item too: "6. Rumours of an attack on the port of Moba on Sunday are unfounded.")
            # a brief's "Unverified: Local media reported an exchange of fire near Azzan": kept out (so "Reports of
            # an ambush near Kolo could not be confirmed")
            return True
        if _IN_N_EVENTS.search(s.text) and (_TALLY_PERIOD.search(s.text) or _SINCE_DAY.search(s.text)):
            # "At least 18 people have been killed and 21 injured in two attacks ... since 2 September": the sum of
            # events told one by one
            return True
        if _ON_TWO_DAYS.search(s.text):
            # "Israeli strikes on 1 and 2 April killed at least eight people in Tyre district": the sum of two days'
            # events, told one by one below
            return True
        if (_TALLY.search(s.text) or _TALLY_TARGETS.search(s.text)) and _TALLY_PERIOD.search(s.text) \
                and not casualties.count("fatalities", s.text):
            # "Russian forces launched 27 assaults on the Huliaipole direction over the past day, all of which were
            # repelled", "fired 142 times on 31 settlements over the past 24 hours": a day's tally of many events,
            # no one of them
            return True
        if _GOING_BACK.match(_ENTRY_TIME.sub("", s.text, count=1)):
            return True  # "On the reports of shooting in Meru we mentioned earlier: ... no one was shot"
        if _SUMS_UP.match(s.text):
            # "6. In all, within the period under review, troops neutralised 3 criminals, arrested 4 suspects, ...": a
            # release's line that sums up the items told one by one above
            return True
        campaign = _CAMPAIGN.search(s.text) if own_place is None and date is None else None
        # "Campaigners are protesting against ...": a campaign, not a protest on a day
        return bool(campaign) and campaign.start() <= first_pos <= campaign.end()

    def _quote_anchored(self, s: Sentence) -> bool:
        """Whether a quotation of the sentence names a day or a place of its own (a report quoted whole:
        '"Gunmen killed five people in Kano on Monday," police said')."""
        for m in _QUOTED.finditer(s.text):
            if resolve_date(m.group(0), self.doc.pub, with_reported=True) is not None \
                    or in_span(self.doc.toponyms, self.doc.starts, s.start + m.start(), s.start + m.end()):
                return True
        return False

    def _background(self, s: Sentence, trigger: bool, cues: Counter, own_place: Place | None,
                    date: dt.date | None, first_pos: int, before: Sentence | None) -> bool:
        """Background and what continues it (history, a total and its toll): remembered, opens nothing (True)."""
        summary = self.summary
        if trigger and self.doc.commemorative and date is None and not has_explicit_date(s.text) \
                and relative_day(s.text) is None:
            # "Sixty people were killed, many of them guests at a wedding": in an anniversary story, the event
            # remembered; what happens at the ceremony has its day.
            self.summary = s
            return True
        if trigger and self.groups and _EARLIER_OPENING.match(s.text) and not has_explicit_date(s.text):
            # "Last month, militants killed 15 soldiers near Boni": after the story's own event, an earlier one told
            # as its background, dated only from afar.
            self.summary = s
            return True
        if trigger and not taxonomy.label_prefix(s.text) and is_background(
                s.text, first_pos, self.doc.pub, first_report=not self.groups and own_place is not None):
            if self.current is not None and self.current.sentences[-1].paragraph != s.paragraph \
                    and not (date is None and _THE_STORYS_EVENTS.match(s.text)
                             and not names_past_year(_RELATIVE_CLAUSE.sub(",", s.text), self.doc.pub)):
                self.current = None   # (what is said of the story's own events keeps its frame open)
            if date is not None:
                self.para_date = (s.paragraph, date)  # "The attacks sparked anger in Gusau, where youths on Monday ..."
            self.summary = s
            return True
        if trigger and summary is not None and summary.paragraph == s.paragraph and own_place is None \
                and date is None and not any(cues.get(k) for k in _KIND_CUES) and not _NEW_EVENT.match(s.text):
            # "Over the past 24 hours, forces carried out 74 strikes. Two civilians were killed.": the toll of
            # the summary just told, not an incident of its own.
            return True
        if trigger and summary is not None and before is summary and summary.paragraph == s.paragraph and date is not None \
                and has_explicit_date(s.text) and any(g.date and (g.date - date).days > 3 for g in self.groups) \
                and not any(g.date and g.date <= date for g in self.groups):
            # "At least 550 have been killed since Oct. 7. On June 27, an airstrike in Nur Shams killed three": an
            # earlier event recalled after a total, days before anything the story reports.
            self.summary = s
            return True
        if trigger and date is not None and has_explicit_date(s.text) and len(self.groups) >= 1 \
                and all((g.date - date).days > 6 if g.date is not None else (self.doc.pub - date).days > 14
                        for g in self.groups) \
                and not _NEW_EVENT.match(s.text) and s.paragraph > self.groups[0].sentences[0].paragraph:
            # "On Oct. 8, four soldiers were killed in an ambush in Kirkuk": an event more than a week before every
            # one the story reports, told after them, is its background (an undated one is the story's news: more
            # than a fortnight before publication: "The Kirana attack is the second deadly raid ... this month. On
            # January 6, gunmen killed eight people at Kwakwa Laji")
            self.summary = s
            return True
        if trigger and summary is not None and before is summary and date is None and _DEMONSTRATIVE.match(s.text) \
                and names_past_year(summary.text, self.doc.pub):
            # "... who led an uprising against the SDF in August last year. Those clashes killed more than 90
            # people": the past events just told, pointed at.
            self.summary = s
            return True
        if trigger and summary is not None and before is summary and s.paragraph - summary.paragraph <= 1 \
                and date is None and not _NEW_EVENT.match(s.text) and relative_day(s.text) is None \
                and _long_past(summary.text, self.doc.pub) and not _PRESENT_TENSE.search(s.text + " " + summary.text) \
                and not (self.groups and _THE_STORYS_EVENTS.match(summary.text)
                         and not names_past_year(_RELATIVE_CLAUSE.sub(",", summary.text), self.doc.pub)) \
                and not _SAME_TIME.search(s.text) and (s.paragraph == summary.paragraph or (
                    _FOLLOW_UP.match(s.text) and not _ENTRY_TIME.match(s.text))):
            # (a live blog's next timed entry is a new item: "19:20 – ... Context: border fighting in October 2025
            # killed dozens ... || 00:30 – A drone struck a pickup truck near Urgun")
            # "... after a series of attacks left 130 dead in Paris on November 13, 2015. The terrorists struck at
            # the Stade de France ...": a sentence that names no day of its own, right after a background one,
            # tells more of that background: a past event, both told in the simple past ("Demonstrators are
            # chanting" is news; so is what follows "workers have been on strike since October").
            self.summary = s
            return True
        return False

    def _detail(self, s: Sentence, own_place: Place | None, date: dt.date | None) -> None:
        """A sentence that reports no event may still say where and when the last one happened."""
        cur = self.current
        if cur is not None and date is not None and cur.date is None and len(cur.sentences) == 1 \
                and 1 <= s.paragraph - cur.sentences[0].paragraph <= 2 \
                and (_introduced_in_lead(cur, s) or _THE_ATTACKERS_CAME.search(s.text) is not None) \
                and (own_place is None or cur.place is None or _same_spot(cur.place, own_place)):
            # "A crowd ... beat to death a man accused of having guided RSF fighters ... || The man, a trader in his
            # forties, was dragged from his shop on Sunday afternoon": the lead's victim, on the day the lead left out
            cur.date = date
        told = next((g for g in reversed(self.groups) if g.place is not None and own_place is not None
                     and g.place.geonames_id == own_place.geonames_id and _BULLET.match(g.sentences[0].text)),
                    None) if self.current is None and _TOOK_PLACE.match(s.text) else None
        if told is not None:
            # "HIGHLIGHTS • Fighting between the RSF and a self-defence group in Jaja has displaced 6,500 people" ...
            # "CENTRAL DARFUR || The fighting in Jaja, in Azum locality, broke out on 1 February": the body's section
            # tells the highlight's event again, by its place, and gives its day; what follows goes on telling it
            if date is not None and told.date is None:
                told.date = date
            told.sentences.append(s)
            self.current = told
        elif self.groups and _TOOK_PLACE.match(s.text) and s.paragraph - self.groups[-1].sentences[-1].paragraph <= 2:
            # "The attack took place Sunday night at a base in Tame": where and when the event just told happened
            # (the lead's first event, when the sentence tells of it and not of the second clause told last).
            g = self._lead_head(s, taxonomy.sentence_cues(s.text), date) or self.groups[-1]
            if own_place is not None and (g.place is None or own_place.country_iso2 == g.place.country_iso2 and more_specific(
                    own_place, g.place) or (
                    (g.place.feature_code or "").startswith("PCL") and own_place.country_iso2 == g.place.country_iso2)
                    or own_place.country_iso2 == g.place.country_iso2 and _RELATIVE_SPOT.search(g.sentences[0].text)
                    and not (own_place.feature_code or "").upper().startswith(("PCL", "ADM"))):
                # (a lead that placed it "west of the capital" is told where: "near the town of Kajiado")
                g.place = own_place
            if date is not None and g.date is None:
                g.date = date
        if date is None and _DATED_OPENING.match(s.text):
            # "3. On 11 July, a resident of Poti reported a suspicious object ...": a release's item opens on the day
            # of what it goes on to tell, even when its first verb is a report
            date = resolve_date(s.text, self.doc.pub, with_reported=True)
        if date is not None and own_place is not None and _DATED_OPENING.match(s.text):
            # "25 Aug – Belel (Vina): BIR operation against a kidnapping gang; see key points": a brief's log dates
            # the undated key point told at that place
            # (not when the log already told an event there: "26 Aug – Djohong: The six herders were released")
            same = [g for g in self.groups if g.place is not None and g.place.geonames_id == own_place.geonames_id]
            if len(same) == 1 and same[0].date is None and _BULLET.match(same[0].sentences[0].text):
                same[0].date = date
        if date is not None:
            self.para_date = (s.paragraph, date)

    def _lead_head(self, s: Sentence, cues: Counter, date: dt.date | None) -> "_Group | None":
        """The frame of a lead's first clause, when the current frame is the second clause of that lead and this
        sentence, in the next paragraph, tells of the first: its day, its target named again ("the attack on the post"),
        or its kind of event and not the second's."""
        cur = self.current
        if cur is None or not cur.sentences[0].joined or len(cur.sentences) > 1 or cur.tolls \
                or not 1 <= s.paragraph - cur.sentences[0].paragraph <= 2 or len(self.groups) < 2:
            return None
        # The lead's clauses, each a frame: its head and the clauses joined after it ("Gang members killed nine people
        # ..., a day after gunmen seized a busload of passengers ..., while police said they had killed three gang
        # members in a gunfight": three)
        chain = [cur]
        for g in reversed(self.groups[:-1]):
            if g.sentences[0].paragraph != cur.sentences[0].paragraph \
                    or chain[0].sentences[0].start - g.sentences[0].end > 12 and not _CLAUSE_GAP.fullmatch(
                        self.doc.body, g.sentences[0].end, chain[0].sentences[0].start):
                break
            chain.insert(0, g)
            if not (g.sentences[0].joined or g.clause) or len(g.sentences) > 1 or g.tolls:
                break
        if len(chain) < 2:
            return None
        head, tails = chain[0], chain[1:]
        if date is not None and head.date is not None:
            return head if head.date == date and all(t.date != date for t in tails) else None
        nouns = set(_AIMED_AT.findall(s.text.lower()))
        in_head = nouns & set(_AIMED_AT.findall(head.sentences[0].text.lower()))
        in_tail = nouns & {n for t in tails for n in _AIMED_AT.findall(t.sentences[0].text.lower())}
        if in_head and not in_tail:
            return head
        if _introduced_in_lead(head, s) and not any(_introduced_in_lead(t, s) for t in tails):
            return head  # "Gunmen have abducted a priest ..., a day after hunters killed ... || The priest, who ..."
        if not taxonomy.is_trigger(cues):
            cues = taxonomy.sentence_cues(s.text)   # (a sentence read as no event of its own: "The gunfight broke out")
        if taxonomy.is_trigger(cues):
            # ("... were killed in an encounter ..., while two CRPF personnel were injured in an IED blast. || The
            # gunfight broke out on Monday afternoon ...": the first clause's kind of event)
            kind = taxonomy.classify(cues, Counter(), s.text)[0]
            first = taxonomy.classify(head.first, Counter(), head.sentences[0].text)[0]
            others = {taxonomy.EVENT_TYPES[taxonomy.classify(t.first, Counter(), t.sentences[0].text)[0]] for t in tails}
            second = taxonomy.classify(cur.first, Counter(), cur.sentences[0].text)[0]
            if taxonomy.EVENT_TYPES[kind] == taxonomy.EVENT_TYPES[first] and taxonomy.EVENT_TYPES[first] not in others:
                return head
            if len(tails) > 1 and kind == first and all(
                    taxonomy.classify(t.first, Counter(), t.sentences[0].text)[0] != first for t in tails):
                return head  # (a lead of three: the killing, the abduction told in passing, the gunfight)
            if len(tails) == 1 and kind == first != second and _KIDNAPPED.search(cur.sentences[0].text) \
                    and not _KIDNAPPED.search(s.text):
                # ("Gunmen killed eight people ... and a priest was kidnapped in Shendam yesterday. || ... the
                # attackers arrived on motorcycles and opened fire on residents": the killing, not the kidnapping,
                # though both are violence against civilians)
                return head
        named = _EVENT_NAMED.match(s.text)
        if named is not None:
            # "Gang members killed nine people in a village ..., while police said they had killed three gang members
            # in a gunfight || The attack on Bruneau ... began at dawn, when armed men ... set fire to homes": the
            # event named by its kind, whatever else the sentence tells of it
            want = "Battles" if named.group("fight") else "Violence against civilians"
            kinds = [taxonomy.EVENT_TYPES[taxonomy.classify(g.first, Counter(), g.sentences[0].text)[0]]
                     for g in (head, *tails)]
            if kinds[0] == want and want not in kinds[1:]:
                return head
        return None

    def _told_in_passing(self, s: Sentence, cues: Counter, own_place: Place | None, date: dt.date | None) -> bool:
        """ "..., a day after gunmen ambushed a state police patrol on a coastal highway || The ambush took place on
        Saturday night on the federal highway near Tecpan": the event a clause told in passing, told now on its day
        and where it was (its place so far was only its sentence's)."""
        told = next((g for g in reversed(self.groups) if g.clause and g.date == date and _same_kind(g, s, cues)), None) \
            if date is not None and (_TOOK_PLACE.match(s.text) or _POSSESSIVE_EVENT.match(s.text)) else None
        if told is None:
            return False
        if own_place is not None:
            told.place = own_place
        told.sentences.append(s)
        self.current = told
        return True

    def _event(self, s: Sentence, cues: Counter, own_place: Place | None, date: dt.date | None, named: list,
               context_actor: str | None, death_only: bool, before: Sentence | None) -> None:
        """An event sentence continues the current frame, adds to the last one, or opens a frame."""
        self.means.update(k for k in _MEANS if cues.get(k))
        groups = self.groups
        crowd = self._crowd_named(s)
        if crowd is not None and crowd is not self.current and own_place is None and date is None:
            # A live blog's "11:20 a.m. — The teachers' march has reached the streets around Congress", after an entry
            # on a sit-in elsewhere: the march of the teachers told at 7:30, wherever the blog went in between
            _add(crowd, s, cues, own_place)
            self.current = crowd
            return
        told = self._event_told_at_its_place(s, date)
        if told is not None:
            # "• On 24 April, armed men attacked the Medu displacement site ... || ITURI || The attack on the Medu site
            # took place shortly after midnight, when assailants ... set fire to more than 40 shelters": the event
            # a key point told, named by its place and told in full below
            _add(told, s, cues, own_place)
            self.current = told
            return
        head = self._lead_head(s, cues, date)
        if head is not None:
            # "At least 14 soldiers were killed when jihadists stormed an army post on Thursday, and gunmen shot dead
            # nine civilians at a market the following day. || The attack on the post at Bankilare ...": more of the
            # lead's first event, though its second was told last
            _add(head, s, cues, own_place)
            self.current = head
            return
        if self._told_in_passing(s, cues, own_place, date):
            return
        if self.current is not None and _continues(self.current, s, cues, own_place, date):
            _add(self.current, s, cues, own_place)
            return
        if self.current is not None and own_place is None and _SAME_SOURCES.match(s.text) \
                and s.paragraph - self.current.sentences[-1].paragraph <= 1:
            # "According to the same sources, four fighters were killed and one soldier was wounded; the soldier was
            # flown to Bangui this morning": the sources of the event just told, telling more of it
            _add(self.current, s, cues, own_place)
            return
        if groups and date is None and _CLAIMED_RESPONSIBILITY.search(s.text) \
                and s.paragraph - (self.current or groups[-1]).sentences[-1].paragraph <= 1:
            # "Within hours, a spokesman for the TPNPB claimed the killings, saying its fighters had 'executed six
            # spies'": the claim of the event just told (its figure is the claimant's, not the report's)
            target = self.current or groups[-1]
            target.tolls.append(s)
            target.told_to = s.paragraph   # (the story goes on about the event)
            self.current = target
            return
        current = self.current
        if current is not None and s.paragraph - current.sentences[-1].paragraph == 1 and cues.get("intervention") \
                and current.first.get("protest") and own_place is None and (date is None or date == current.date):
            # "... gathered to protest against the troops. || Soldiers fired tear gas to disperse the crowd": how
            # the protest just told ended, told in the next paragraph with the force's own weapons
            current.rest.update(cues)
            current.near.update(cues)
            current.tolls.append(s)
            return
        if self.current is None and groups and groups[-1].section == self.section \
                and _left_behind(groups[-1], s, cues, own_place, date) and not (
                    s.paragraph != groups[-1].sentences[-1].paragraph and _paragraph_places_elsewhere(
                        self.doc.body, s, self.doc.toponyms, self.doc.starts, groups[-1].place)):
            # (not in a new paragraph that opened at another place: "2. ... a patrol intercepted two pick-up
            # vehicles north of Arlit. The search of the vehicles led to the seizure of four assault rifles")
            groups[-1].tolls.append(s)
            return
        last = groups[-1] if groups else None
        if self.current is None and last is not None and last.section == self.section and own_place is None \
                and _BY_THEN.match(s.text) and s.paragraph - last.sentences[-1].paragraph <= 2 \
                and (date is None or last.date is None or date >= last.date) \
                and (_only_arrests(cues) or _same_kind(last, s, cues)):
            # "... a tribal clash that broke out on Monday. || [the command's response] By Tuesday evening nine men
            # from both tribes had been arrested": what the event led to, counted by a later time
            _add(last, s, cues, own_place)
            self.current = last
            return
        if self.current is None and last is not None and last.section == self.section and own_place is None \
                and (date is None or date == (last.date or last.detail_date)) and _HELD_BEFORE.search(s.text) \
                and s.paragraph - last.sentences[-1].paragraph <= 1 and not _NEW_EVENT.match(s.text):
            # "Police said two officers were slightly injured and that those detained were released late on
            # Saturday": the people held at the event just told, not an arrest of its own
            last.tolls.append(s)
            return
        if groups and groups[-1].section == self.section and _unanchored(s, own_place, date) and not s.joined \
                and not self.in_clause and not _sibling_item(groups[-1], s, cues) \
                and not _paragraph_places_elsewhere(self.doc.body, s, self.doc.toponyms, self.doc.starts, groups[-1].place):
            # Neither a place, nor a day, nor "in another attack": more about the story's event, told
            # further down ("The gunman also fired shots in the air", "His family was later detained").
            groups[-1].tolls.append(s)
            return
        if death_only and groups and date is None and _BODIES_AT_THE_SCENE.search(s.text) \
                and not _MORE_BODIES.search(s.text) and s.paragraph - groups[-1].sentences[-1].paragraph <= 2 \
                and (own_place is None or groups[-1].place is None
                     or own_place.country_iso2 == groups[-1].place.country_iso2):
            # "The morgue said it had received six bodies from the area": the dead of the event just told
            groups[-1].tolls.append(s)
            return
        if death_only and not violence_words(s.text) and not _BODIES_FOUND.search(s.text) and not (
                own_place and any(g.place and g.place.geonames_id == own_place.geonames_id for g in groups)) \
                and not (before is not None and before.paragraph == s.paragraph
                         and violence_words(without_causes(before.text)) and not non_violent(before.text)) \
                and not (self.doc.newest_first and own_place is not None and _is_toll_update(s.text)
                         and (own_place.feature_code or "").upper().startswith("PPL")):
            # (not a newest-first blog's new toll at a town: "21:30 – The death toll in Reni has risen to four" is the
            # first word of the event its older entries tell below, read as a frame that merge.py folds into theirs)
            # "The man died at the scene", "Among those hurt, 12 were serious": a death or an injury with
            # no act of violence and no armed actor opens nothing; at most it adds to the incident before it
            # (a toll for a place already reported is kept: the merge folds it into that incident; so is the
            # toll of a violent act told just before in words no cue knows: "Forces bombed X. Two were hurt.").
            if groups and s.paragraph - groups[-1].sentences[-1].paragraph <= 1:
                groups[-1].tolls.append(s)
            return
        if date is None and groups and groups[-1].section == self.section \
                and s.paragraph - groups[-1].sentences[-1].paragraph <= 1 and _ordinal_victim(s.text):
            # "Two herdsmen were killed when armed warriors raided kraals at Kacheri ... || A third herder sustained
            # a gunshot wound to the arm and is admitted at Kotido Health Centre IV": one more victim of the event
            # just told (a third needs two before it), not an event of its own; of a lead's two events, the one
            # whose victims it counts on
            stem = _ORDINAL_OPENING.match(s.text).group(1).split()[-1][:4].lower()
            told = next((g for g in reversed(groups) if g.section == self.section
                         and s.paragraph - g.sentences[-1].paragraph <= 1
                         and stem in g.sentences[0].text.lower()), groups[-1])
            told.tolls.append(s)
            self.current = told
            return
        if date is None and own_place is not None and _OWN_ACCOUNT.search(s.text):
            told = next((g for g in reversed(groups) if _same_spot(g.place, own_place)), None)
            if told is not None:
                # "The Israeli military said it had struck 'terrorists' in the Nabatieh area": the side that struck
                # tells the strike already reported there, in the pluperfect of reported speech.
                told.tolls.append(s)
                return
        if casualties.toll_update(s.text) is not None and not _EVENT_TOLD_FIRST.match(s.text):
            # "The death toll from a bombing in central Somalia rose to 13 on Tuesday": the day of the new toll,
            # not of the bombing, which the next paragraph usually tells; but "the death toll from Tuesday night's
            # attack on Okokolo": the day the event's name gives. (Not where the sentence tells the event first and
            # the later find after it: "Five people were killed when gunmen attacked the town last night, ... which
            # said this evening that rescuers had found a fifth body")
            named_day = _DAYS_EVENT.search(s.text)
            sustained = _WOUNDS_FROM.search(s.text)
            date = resolve_date(re.split(r"['’]", named_day.group(0))[0], self.doc.pub) \
                if named_day is not None and not named_day.group("dm") else \
                resolve_date(s.text[sustained.end():], self.doc.pub) if sustained is not None else None
        self.current = _Group([s], cues, Counter(), own_place, context_actor=context_actor, mentions=named,
                              date=date, section_place=self.section_place, section_date=self.section_date,
                              section=self.section)
        bullet = _BULLET.match(s.text) is not None   # (a key point is an item of its own, whatever the one above told)
        if self.para_date is not None and self.para_date[0] == s.paragraph and not bullet:
            # "Youths on Monday blocked the road ... The protest was peaceful.": the day its paragraph told.
            self.current.detail_date = self.para_date[1]
        elif date is None and groups and groups[-1].sentences[0].paragraph == s.paragraph and groups[-1].date \
                and not _REPORT_DAY.match(s.text) and not bullet:
            # "Anger spilled over in Bertoua on Monday. In the Tigaza neighbourhood, a crowd beat ...": the day
            # the paragraph's frame before it named
            self.current.detail_date = groups[-1].date
        groups.append(self.current)

    def _other(self, s: Sentence, cues: Counter, own_place: Place | None, date: dt.date | None = None) -> None:
        """A non-event sentence in the current frame's paragraph may say how it ended ("Police intervened"),
        where it happened ("The raids involved the villages ...") or update its toll ("One of the wounded later
        died"); elsewhere only a toll update keeps the frame open."""
        if self._told_in_passing(s, cues, own_place, date):
            return
        current = self.current
        head = self._lead_head(s, cues, date) if _ANAPHOR.match(s.text) or _account_of_it(s.text) \
            or _DEFINITE_SUBJECT.match(s.text) else None
        if head is not None:
            # "The attack on the post at Bankilare ...": the lead's first event named again, placed (what follows in
            # the paragraph is its too)
            if own_place is not None and (more_specific(own_place, head.place)
                                          or _within_country(own_place, head.place)):
                # (and "... in northern Burkina Faso || The attack targeted the detachment at Gorgadji")
                head.place = own_place
            head.sentences.append(s)
            self.current = head
            return
        named = _POSSESSIVE_EVENT.match(s.text)
        if named is not None and date is None and named.start("day") > 0:
            # ("Police said Sunday's strike ...": the day is the event's, not the saying's)
            date = resolve_date("on " + named.group("day"), self.doc.pub)
        if named is not None and date is not None:
            told = next((g for g in reversed(self.groups) if g.date == date
                         and (own_place is None or g.place is None or _same_spot(g.place, own_place))), None)
            kin = _EVENT_KIN.get(named.group("noun").lower().rstrip("s"))
            if told is None and kin is not None:
                # ("... where a roadside bomb killed four civilians a day earlier. || Tuesday's roadside blast struck
                # a minibus": the undated event of that kind, dated now)
                told = next((g for g in reversed(self.groups) if g.date is None and kin.search(g.sentences[0].text)), None)
                if told is not None:
                    told.date = date
            if told is not None:
                # "Monday's blast went off shortly after 9 a.m. as traders were setting up stalls": the day's event
                # told before, told at length; what follows in the paragraph is its too
                if own_place is not None and (told.place is None or more_specific(own_place, told.place)):
                    told.place = own_place
                told.sentences.append(s)
                self.current = told
                return
        if current is None and date is not None and _ANAPHOR.match(s.text):
            told = next((g for g in reversed(self.groups) if g.date == date
                         and (own_place is None or _same_spot(g.place, own_place))), None)
            if told is not None:
                # KEY MESSAGES, then "SITUATION OVERVIEW || The fighting broke out in the early morning of 10 August":
                # the event the summary told, told again at length; what follows adds to it
                told.sentences.append(s)
                self.current = told
                return
        last = current or (self.groups[-1] if self.groups else None)
        if last is not None and date is None and own_place is None and self.section == last.section \
                and s.paragraph - last.sentences[-1].paragraph == 1 and last.sentences[0].paragraph == 0 \
                and _PLACE_ANAPHOR.search(s.text):
            # a release's lead, then its account: "condemns the attack ... on the village of Burqa ... || According to
            # testimonies ..., around 40 settlers ... entered the eastern neighbourhood of the village at about 2:30
            # am": the lead's scene, told at length; what follows in the paragraph is its too
            last.context.append(s)
            self.current = last
            return
        if current is None and date is None and own_place is not None and _EVENT_AT_PLACE.match(s.text):
            told = [g for g in self.groups if _same_spot(g.place, own_place)]
            if len(told) == 1 and _event_type(told[0]) in _EVENT_AT_KINDS[_EVENT_AT_PLACE.match(s.text).group(1).lower()]:
                # HIGHLIGHTS, then "SITUATION OVERVIEW || The attack on Bogoro began at around 5 a.m. ...": the one
                # event told at that place, told again at length; what follows adds to it ("Dozens of houses were
                # burned and shops were looted")
                told[0].sentences.append(s)
                self.current = told[0]
                return
        if current is not None and current.sentences[-1].paragraph == s.paragraph:
            current.rest.update(cues)
            if s.paragraph == current.sentences[0].paragraph:
                current.near.update(cues)
            if not current.follow_text:
                current.follow_text = s.text
            if own_place and (more_specific(own_place, current.place) and not _ROUTE.search(s.text)
                              or _CODED_AS.match(s.text)):
                # ("The vehicle was travelling from Juba to Kajo-Keji": a route's ends, not the spot)
                # "Coded as Tadmor city, Homs for central Syrian desert": ACLED's note names the spot it coded.
                current.place = own_place
                current.context.append(s)
            if _is_toll_update(s.text):
                current.tolls.append(s)
            elif date is None and own_place is None and _QUOTE_MARK.search(s.text) \
                    and not names_past_year(s.text, self.doc.pub) and casualties.count("fatalities", s.text):
                # '"We counted six bodies on the enemy side and we lost two of our men," the officer told us': a
                # source's own count of the event just told, in its words
                current.tolls.append(s)
        elif current is not None and (s.paragraph - current.sentences[-1].paragraph == 1
                                      or 0 <= s.paragraph - current.told_to <= 1) \
                and date is None and own_place is None and _QUOTE_MARK.match(s.text) \
                and not names_past_year(s.text, self.doc.pub) and casualties.count("fatalities", s.text):
            # '... fired on the post for two hours, an officer said. || "We neutralised four of them," he said': the
            # source's own count of the event just told, opening the next paragraph
            current.tolls.append(s)
        elif self.groups and _is_toll_update(s.text) and self._frame_of_named_day(s) is not None:
            self._frame_of_named_day(s).tolls.append(s)  # "the death toll from Sunday's takeover": Sunday's frame
        elif (current or self.groups) and _is_toll_update(s.text) and s.paragraph - max(
                [(current or self.groups[-1]).sentences[-1].paragraph]
                + [t.paragraph for t in (current or self.groups[-1]).tolls]) <= 2 \
                and (current or self.groups[-1]).section == self.section:
            # (counted from its last toll, the frame just told even after a quotation closed it: "Among the dead
            # were ... On Tuesday, police confirmed the death of an eighth victim")
            target = current or self.groups[-1]
            if own_place is not None and target.place is not None and not _same_spot(own_place, target.place):
                # "13:45 – Sad news from Puerto Tejada: one of the injured officers has died", after an entry on
                # La Sierra: the toll of the frame at the place it names
                found = next((g for g in reversed(self.groups) if g is not target and g.section == self.section
                              and _same_spot(g.place, own_place)), None)
                if found is None and self.doc.newest_first:
                    # a newest-first blog's "23:10 – Rescuers in Trostianets have recovered a third body", above an
                    # entry on Okhtyrka: the toll of an event its older entries tell below (moved there once read)
                    self.ahead.append((s, own_place, target))
                target = found or target
            target.tolls.append(s)
            if current is not None and s.paragraph - current.sentences[-1].paragraph == 1 \
                    and taxonomy.ANAPHORIC_EVENT.match(s.text):
                # "The fighting broke out Sunday in a rural area of the municipality of Hacari, ..., which said the
                # dead included four members of the ELN": a toll that also says where and when
                _place_and_day_told(current, s, own_place, date)
        elif current is not None and s.paragraph - current.sentences[-1].paragraph == 1 and cues.get("intervention") \
                and current.first.get("protest") and (own_place is None or _same_spot(own_place, current.place)) \
                and (date is None or date == current.date):
            # "... blocked the bridge on Tuesday morning. || By mid-afternoon, riot police moved in with tear gas":
            # how the protest just told ended, told in the next paragraph (or entry: "10.50am: Police have cleared
            # the highway at Ahero with tear gas")
            current.rest.update(cues)
            current.near.update(cues)
            current.tolls.append(s)
        elif current is not None and s.paragraph - current.sentences[-1].paragraph == 1 \
                and (_ANAPHOR.match(s.text) or taxonomy.ANAPHORIC_EVENT.search(s.text) or _account_of_it(s.text)
                     # a source's words on the target: '"The detachment in Kantchari was attacked at around 5:00 am'
                     # (not its "They came at midday", whoever they are)
                     or s.text[:1] in "\"“" and _TARGET_AGAIN.match(s.text[1:])):
            # "Gunmen attacked an army post in central Mali. The assailants targeted the post in a village north of
            # Douentza.": the next paragraph, about the same attackers or event, goes on telling it, and may say
            # where in the lead's country it was.
            current.told_to = s.paragraph
            if own_place is not None and current.place is not None and own_place.geonames_id != current.place.geonames_id \
                    and any(g is not current and g.place is not None and g.place.geonames_id == own_place.geonames_id
                            and _event_type(g) != _event_type(current) for g in self.groups):
                # "... claiming that eight officers were killed in the Banissa attack", after the Mandera arrests:
                # the place of another kind of event told before names that event, not where this one was
                own_place = None
            _place_and_day_told(current, s, own_place, date)
        else:
            self.current = None


# A seizure of people, whoever holds them: what sets an abduction's sentences apart from a killing's.
_KIDNAPPED = re.compile(r"\b(?:kidnap\w*|abduct\w*|seized|taken hostage|held hostage|ransom)\b", re.I)


def _event_type(g: _Group) -> str:
    """The ACLED event type a frame's first sentence reads as."""
    return taxonomy.EVENT_TYPES[taxonomy.classify(g.first, Counter(), g.sentences[0].text)[0]]


def _day_only_after(text: str, pub: dt.date) -> bool:
    """Whether the only day a sentence names is in its last ", and" clause, a clause that tells no event."""
    cut = max((m.start() for m in _AND_CLAUSE.finditer(text)), default=None)
    if cut is None or resolve_date(text[:cut], pub) is not None:
        return False
    return not taxonomy.is_trigger(taxonomy.sentence_cues(text[cut:]))


def _place_and_day_told(g: _Group, s: Sentence, own_place: Place | None, date: dt.date | None) -> None:
    """A sentence going on telling the frame says where in its place (a town of the lead's country) and when."""
    if own_place is not None and g.place is not None and (
            more_specific(own_place, g.place) or _within_country(own_place, g.place)):
        g.place = own_place
        g.context.append(s)
    if date is not None and g.date is None and not has_explicit_date(g.sentences[0].text):
        g.date = date  # "... said on Tuesday. The attackers entered the village late on Monday"


# How far from an event's place the town a new toll is told from may lie (its district's town, its hospital).
_TOLL_TOWN_KM = 50.0
_OTHER_TOWN_KM = 50.0  # a town this far from the town told is another town, not a spot of it
_DIGIT = re.compile(r"\d")  # a heading with a figure is a time or a date (a live blog's entries), not a section
# "On 10th October 2026, ...": a police statement's paragraph opening on its own date.
# (a brief's log writes the month short: "24 Aug – Djohong (Mbéré): Abduction of six herders")
_DATED_OPENING = re.compile(r"^(?:on |in the (?:early |late )?(?:morning|evening|night) of )?(?:(?:monday|tuesday|wednesday|"
                            r"thursday|friday|saturday|sunday),? )?(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|"
                            r"may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|"
                            r"nov|dec)|(?:january|february|march|april|may|june|july|august|september|october|november|"
                            r"december) \d{1,2}(?:st|nd|rd|th)?|"
                            # a log's "25/04 – Kabasinze (Lubero): ..."
                            r"\d{1,2}/\d{1,2}(?=\s*[–—-]\s))\b", re.I)


_TERRITORY = ("Non-state actor overtakes territory", "Government regains territory")


def _fold_passing_word(passing: Incident, full: Incident) -> None:
    if full.location is None:
        for f in PLACE_FIELDS:
            setattr(full, f, getattr(passing, f))
    for f in ("fatalities", "injuries", "arrests"):
        setattr(full, f, max(getattr(passing, f), getattr(full, f)))
    if passing.sub_event_type in _TERRITORY:
        full.sub_event_type = passing.sub_event_type
    full.actor1, full.actor2 = full.actor1 or passing.actor1, full.actor2 or passing.actor2


class _LazyTruth:
    """A truth value worked out the first time it is asked."""
    __slots__ = ("_test", "_value")

    def __init__(self, test):
        self._test, self._value = test, None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = bool(self._test())
        return self._value


def _incidents(doc: _Doc, groups: list[_Group]) -> tuple[list[Incident], list[bool]]:
    """One incident per frame, and whether the text dated it (an undated one carries the publication day)."""
    pub = doc.pub
    # (searched on first use: most articles' frames never ask)
    protest_context = _LazyTruth(lambda: taxonomy.CUES["protest"].search(doc.body))
    protest_in: dict[tuple[int, int], bool] = {}  # window of the body -> whether it holds a protest cue

    def protest_between(lo: int, hi: int) -> bool:
        """`CUES["protest"].search(doc.body, lo, hi)`, remembered: frames of one section or paragraph, and the
        lead, ask of the same windows."""
        found = protest_in.get((lo, hi))
        if found is None:
            found = protest_in[lo, hi] = taxonomy.CUES["protest"].search(doc.body, lo, hi) is not None
        return found
    sections = [h for h in doc.headings if h.start > 0 and not _DIGIT.search(doc.body[h.start:h.end])]
    entry_days = doc.entry_days
    # The lead's paragraph: the first with a sentence of some length (a station's header lines come before it)
    lead_para = next((s.paragraph for s in doc.sentences if s.text.count(" ") >= 7), 0)
    incidents: list[Incident] = []
    dated: list[bool] = []
    for k, g in enumerate(groups):
        # A narrative without its own date ("Hours later, ...") continues on the day of the last incident the text
        # dated (an undated one in between only carries the publication day).
        linked = next((i.event_date for i, d in zip(reversed(incidents), reversed(dated)) if d), incidents[-1].event_date) \
            if incidents and _SAME_TIME.search(g.sentences[0].text) else None
        if linked is not None and _THAT_TIME.match(g.sentences[0].text):
            # "... and service resumed on Thursday. That night, armed drones dropped explosives": the night of the
            # day the sentence before named
            before = _sentence_before(doc.sentences, g.sentences[0])
            day = resolve_date(before.text, pub) if before is not None else None
            linked = day.isoformat() if day is not None else linked
        shift = relative_day(g.sentences[0].text, clause=g.sentences[0].joined) if incidents else None
        if linked is None and shift is not None and g.date is None:
            # "The following day, ...", "The unrest came a day after gunmen ...": counted from the last incident
            # the text dated (an undated one in between only carries the publication day).
            ref = next((i for i, d in zip(reversed(incidents), reversed(dated)) if d), incidents[-1])
            by_name = _DAYS_FROM_NAMED_EVENT.search(g.sentences[0].text)
            if by_name is not None:
                # "..., a day before the Farakuwa attack", "Two days before the Eyumojok attack, ...": counted from
                # the event the sentence names by its place, whatever was told in between
                ref = next((i for i, h in zip(reversed(incidents), reversed(groups[:k]))
                            if any(by_name.group(1) in x.text for x in h.sentences)), ref)
            linked = (dt.date.fromisoformat(ref.event_date) + dt.timedelta(days=shift)).isoformat()
        context = protest_context
        if sections and context:
            # A roundup's sections tell events apart: a protest under TUNISIA is no context for a mob under EGYPT,
            # unless the story's lead says protests are its subject (a live blog's times divide no story).
            at = g.sentences[0].start
            lo = max((h.end for h in sections if h.end <= at), default=0)
            hi = min((h.start for h in sections if h.start > at), default=len(doc.body))
            context = protest_between(lo, hi) or protest_between(0, sections[0].start)
        if _DATED_OPENING.match(g.sentences[0].text) and context:
            # A police statement's "On 10th October 2026, a mob ...": each dated paragraph tells an incident of its
            # own; a protest another one tells is no context for it, unless the lead says protests are its subject.
            para_start = doc.body.rfind("\n", 0, g.sentences[0].start) + 1
            para_end = doc.body.find("\n", g.sentences[-1].end)
            lead_end = doc.body.find("\n", doc.sentences[0].end) if doc.sentences else 0
            context = protest_between(para_start, para_end if para_end >= 0 else len(doc.body)) \
                or protest_between(0, lead_end if lead_end >= 0 else len(doc.body))
        if _NEW_EVENT.match(g.sentences[0].text) and context:
            # "In a separate incident in Jharkhand, a man was beaten to death by a mob": a protest told elsewhere
            # in the article is no context for it; only its own paragraph's is.
            para_start = doc.body.rfind("\n", 0, g.sentences[0].start) + 1
            para_end = doc.body.find("\n", g.sentences[-1].end)
            context = protest_between(para_start, para_end if para_end >= 0 else len(doc.body))
        if context and _AWAY_FROM_PROTESTS.match(g.sentences[0].text):
            context = False   # "08:20 – Away from the protests, police have confirmed that gunmen killed four people"
        # A live blog's entry after midnight is the next day's; before it, the day before publication.
        own_pub = next((day for start, day in reversed(entry_days) if start <= g.sentences[0].start), pub)
        inc = _build(doc.body, g, own_pub, (doc.toponyms, doc.starts), linked, context, source=doc.source)
        if inc.sub_event_type == "Government regains territory" and (
                inc.location is None or (inc.feature_code or "").upper().startswith(("ADM", "PCL"))):
            # "... the UIR retook the building", told only by its province: retaken where it was taken
            taken = next((i for i in reversed(incidents) if i.sub_event_type in _TAKEN and i.location
                          and (inc.country_iso2 is None or i.country_iso2 == inc.country_iso2)
                          and (inc.admin1 is None or same_admin(i.admin1, inc.admin1))), None)
            if taken is not None:
                for f in ("location", "admin1", "admin2", "country_iso2", "country", "latitude", "longitude",
                          "geonames_id", "feature_code", "geo_precision"):
                    setattr(inc, f, getattr(taken, f))
        if g.place is None and inc.location is not None and (inc.feature_code or "").upper().startswith("PCL") \
                and _PLACE_ANAPHOR.search(g.sentences[0].text):
            # "... Jubaland troops withdrew from the town's airstrip", under a SOMALIA heading: the town told before
            # in the section, not the country the heading names
            told = replace(inc, location=None)
            _inherit_place(told, groups[:k], incidents, g, lead_para)
            if told.location is not None:
                for f in PLACE_FIELDS:
                    setattr(inc, f, getattr(told, f))
        if inc.location is None and (not g.sentences[0].joined or _PLACE_ANAPHOR.search(g.sentences[0].text)
                                     or _WHERE_BEFORE.search(doc.body, max(0, g.sentences[0].start - 8),
                                                             g.sentences[0].start)):
            # (the second event of a summary sentence was split off for its own place: it inherits none, unless it
            # names the place told before: "and a car bomb tore through a market in the town itself a day later")
            _inherit_place(inc, groups[:k], incidents, g, lead_para)
        incidents.append(inc)
        dated.append(g.date is not None or linked is not None or any(
            _day_told(x.text, pub) for x in g.sentences if casualties.toll_update(x.text) is None))
    return incidents, dated


_MEANS = ("air", "shelling", "ied", "grenade")
_LIVE_FIRE_ON_PROTESTERS = re.compile(r"\b(?:opened fire|fired live (?:rounds|ammunition|bullets)|shot)\s+(?:on|at|into)\s+"
                                      r"(?:the\s+)?(?:crowds?|protesters|demonstrators|marchers|strikers|blockaders)\b", re.I)
# The writer steps out of the protest story: what follows is no part of it
_AWAY_FROM_PROTESTS = re.compile(r"^\W*(?:\d{1,2}[:.]\d{2}\s*\W*\s*)?(?:away from the (?:protests?|demonstrations?|rallies|"
                                 r"marches|unrest|strike)|in (?:other|unrelated) (?:news|violence))\b", re.I)
_TAKEN = ("Non-violent transfer of territory", "Non-state actor overtakes territory")
_TIMED_ENTRY = re.compile(r"^[ \t]*\d{1,2}[:.]\d{2}\b", re.M)
_DEATH_AS_CAUSE = re.compile(r"\b(?:after|once|when) (?:the|his|her|their|a) (?:[\w'’-]+ ){0,3}?(?:death|killing)s? "
                             r"(?:became known|was announced|was confirmed|was reported|spread)\b", re.I)
_HELD_BEFORE = re.compile(r"\b(?:(?:those|the people|the men|the women|the protesters|the demonstrators|the activists|the "
                          r"youths|the students) (?:who (?:were|had been) )?(?:detained|arrested|held)|the detainees)\b", re.I)
_BORDER_AFTER = re.compile(r"\s+(?:state |province |region )?borders?\b", re.I)
_UNACKNOWLEDGED = re.compile(r"\b(?:(?:not|never|refused to|declined to) (?:\w+ )?acknowledge[ds]? (?:detaining|holding|arresting|"
                             r"(?:their|his|her) (?:detention|arrest))|whereabouts (?:\w+ ){0,2}(?:unknown|remain unknown)|"
                             r"no information (?:on|about|as to) where (?:they|he|she) (?:is|are|was|were) (?:being )?held|"
                             r"held incommunicado|forcibly disappeared|enforced disappearance)\b", re.I)
_AFTERMATH_ARRESTS = re.compile(r"\b(?:in the area|involved|the (?:gun)?men|the suspects|the attackers|the assailants|"
                                # "In a follow-up operation on 25 March, operatives ... arrested a 31-year-old suspect"
                                r"(?:follow-up|hot pursuit|pursuit|tracking) operations?|manhunt|(?:\w+ )?accused|"
                                r"the perpetrators|those responsible|in connection with the (?:\w+ )?(?:killings?|murders?|"
                                r"attacks?|lynching|assault|violence|shooting|deaths?)|"
                                # "Soldiers sealed off the ward and detained six young men": the place of the event
                                r"(?:sealed|cordoned) off the (?:ward|neighbou?rhood|village|quarter|town|district|camp))\b",
                                re.I)
# The agent of the violence the sentence tells ("beaten to death ... allegedly by members of the"; not "attacked by
# a crowd ... and rescued by police")
_BY_THE_GROUP = re.compile(r"\b(?:beaten|beat|attacked|assaulted|killed|stabbed|hacked|lynched|shot|tortured)\b"
                           r"(?:(?!\bby\b)[^.;]){0,100}\bby (?:(?:suspected|alleged) )?"
                           r"(?:(?:members|supporters|militants|fighters|elements) of )?(?:the )?$", re.I)
_GROUP_ATTACKED = re.compile(r"\s+(?:(?:have|has|had) )?(?:attacked|assaulted|beat|stormed|raided)\b", re.I)
_BOTH_SIDES_FIRED = re.compile(r"\b(?:exchanged fire|exchanges? of fire|traded (?:gun)?fire|gun ?battles?|firefights?|"
                               # "made it possible to repel the assailants": the attack was fought off
                               r"shoot-?outs?|repel(?:led|ling)?|repuls(?:ed|ing)|fought off|fighting off|beat back)\b", re.I)


# Both sides' fire told after an interception: "the smugglers opened fire first; seven were killed in a 15-minute exchange"
_SHOT_BACK = re.compile(r"\b(?:opened fire|fired (?:on|at)|exchange\b|exchanged fire|firefight|gun ?battle|shoot-?out)", re.I)


_PRESENT_TENSE = re.compile(r"\b(?:is|are|am|has|have)\b", re.I)


def _long_past(text: str, pub: dt.date) -> bool:
    """A sentence that names no day, or one more than a month before publication ("on Palm Sunday in March
    2021": the year rules over the weekday)."""
    d = resolve_date(text, pub)
    return d is None or (pub - d).days > 31 or names_past_year(text, pub)
_CARE = re.compile(r"\b(?:treatment|treated|care|caring|surgery|operated|recovering|recovery|transfusions?) "
                   r"(?:\w+ )?(?:for|from|of|on) (?:the |their |his |her )?(?:\w+ )?(?:wounds|wounded|injuries|injured)\b|"
                   # "the hospital had received 23 wounded people": where the wounded were cared for
                   r"\b(?:received|receiving|admitted|admitting|treated|treating) (?:\w+ ){0,3}(?:wounded|injured|casualties)\b|"
                   # "a patrol reached Kongbo on 1 November and escorted 11 wounded civilians to the Alindao hospital"
                   r"\b(?:escorted|evacuated|transported|carried|airlifted|ferried) (?:\w+ ){0,3}(?:wounded|injured)\b",
                   re.I)
# "Nine injured people are receiving treatment in Jos": where the wounded are cared for (when no one died in it)
# ("the four wounded are in stable condition": how the wounded are now)
_UNDER_CARE = re.compile(r"\b(?:receiving|undergoing|being given) (?:medical |emergency )?(?:treatment|care)\b|"
                         r"\b(?:wounded|injured)\b[^.;]{0,30}?\b(?:are|were|is|was|remains?|remained) (?:now |still )?"
                         r"(?:in )?(?:a )?(?:stable|critical|serious|satisfactory|good)(?: but stable)? condition\b", re.I)
# Agreements that end or pause violence, whoever signs them.
_TRUCE = re.compile(r"\b(?:cease-?fire|truce|peace|surrender\w*|arms|hostages?|prisoners?|detainees|armistice|"
                    r"rebels?|militants?|militias?|armed|fighters|insurgents?|disarm\w*|demobili[sz]\w*)\b", re.I)
# ACLED codes an agreement when one is reached; talks, proposals and calls for one are not it.
_SOUGHT_AGREEMENT = re.compile(r"\b(?:talks|negotiations|discussions|proposals?|plans?|calls?|appeals?|efforts?|bids?|push|"
                               r"offers?|initiatives?|mediation|drafts?|framework|road ?map|demands?)\b(?:\s+[\w'’,-]+){0,16}?"
                               r"\s+(?:on|for|about|over|towards?|to agree)\s+(?:a |an |the )?(?:[\w-]+ ){0,2}?(?:cease-?fire|truce|"
                               r"peace|agreement|accord|deal|armistice)\b|"
                               r"\b(?:(?:push|call|press|appeal|work|lobby)(?:s|es|ed|ing)? (?:for|towards?)|seek(?:s|ing)?|sought|"
                               r"negotiat(?:e|es|ed|ing)|broker(?:s|ed|ing)?|mediat(?:e|es|ed|ing))\s+(?:a |an |the )?(?:[\w-]+ ){0,2}?"
                               r"(?:cease-?fire|truce|peace|agreement|accord|deal|armistice)\b", re.I)
_CONCLUDED = re.compile(r"\b(?:signed|agreed (?:to|on)|reached|struck|concluded|sealed|announced|took effect|came into "
                        r"(?:force|effect)|entered into (?:force|effect)|declared)\b", re.I)
# A count of events over a period: "Over the past 24 hours, forces carried out 74 strikes on 11 settlements".
_TOTAL = re.compile(r"\b(?:over|in|during) the (?:past|last) (?:\d+|twenty-four|several|few) (?:hours|days)\b|"
                    r"\b\d+ (?:\w+ )?(?:strikes|attacks|shellings|incidents|explosions|raids|assaults)\b", re.I)
_TOOK_PLACE = re.compile(r"^(?:the|this|that|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s) (?:\w+ ){0,2}?"
                         r"(?:attack|assault|ambush|bombing|blast|explosion|strike|raid|shooting|clash(?:es)?|fighting|"
                         r"incident|killings?|massacre|abduction|kidnapping|gunfight|firefight|gun battle) "
                         # ("The firefight in Kalingalan Caluang broke out on Sunday afternoon": the event by its place)
                         # ("The attack on the Medu site took place shortly after midnight")
                         # ("The fighting in Jaja, in Azum locality, broke out on 1 February")
                         r"(?:(?:in|at|near|on) (?:[\w'’-]+ ){1,3}?|(?:in|at|near) (?:[\w'’-]+ ){0,2}?[\w'’-]+, (?:in|near) "
                         r"(?:[\w'’-]+ ){0,3}?[\w'’-]+, )?"
                         r"(?:took place|happened|occurred|was carried out|"
                         # "The clash broke out on Sunday afternoon in the community of Costa Rica, south of the city"
                         r"unfolded|broke out|erupted)\b", re.I)
_QUOTED = re.compile(r"[\"“][^\"“”]{1,400}[\"”]")
# 'said in a statement that FARDC units "regained full control of Kabambare" on Tuesday': the source's own words
# as the predicate of what it reports, with a place or a day of their own, report the event.
_SAID_THAT_QUOTE = re.compile(r"\b(?:said|says|announced|confirmed|reported)\b[^\"“”]{0,40}\bthat (?:the |its |their )?"
                              r"(?:[\w()'’-]+ ){1,4}(?:had |have |has )?[\"“]", re.I)
_QUOTE_MARK = re.compile(r"[\"“”]")


def _quote_open_after(text: str, open_before: bool) -> bool:
    """Whether a quotation is still open at the end of the sentence: a speaker quoted over several sentences
    ("... refugees. Some of them say they had been rounded up ... belongings," he said.)."""
    state = open_before
    for m in _QUOTE_MARK.finditer(text):
        state = m.group(0) == "“" or (m.group(0) == '"' and not state)
    return state


def _quoted_offset(text: str, pos: int) -> bool:
    """Whether offset `pos` of the sentence lies between an opening quotation mark and its close (or the end)."""
    return _quote_open_after(text[:pos], False)


def _quoted_at(text: str, pos: int, open_before: bool) -> bool:
    """Whether offset `pos` lies inside a quotation that opened in an earlier sentence."""
    if not open_before:
        return False
    m = _QUOTE_MARK.search(text)
    return m is None or m.start() > pos
_CAMPAIGN = re.compile(r"\b(?:are|is|have been|has been) (?:\w+ )?(?:protesting|campaigning|lobbying|demonstrating) "
                       r"(?:against|for|over)\b", re.I)
# "Saturday's gun battle", "Sunday's attack": an event the article has already reported.
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_DAYS_EVENT = re.compile(r"\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|this morning|"
                         r"last night|this afternoon|this evening|tonight)"
                         r"(?: (?:morning|afternoon|evening|night))?'s|"
                         # "the number of people killed in the 3 August attack": the event of that date
                         rf"(?<=the )(?:\d{{1,2}} {_MONTHS}|{_MONTHS} \d{{1,2}})|"
                         # a brief's "the 29/09 drone strike"
                         r"(?<=the )(?P<dm>\d{1,2}/\d{1,2}))"
                         r" (?:\w+ )?"
                         r"(?:attacks?|assaults?|ambush(?:es)?|bombings?|blasts?|explosions?|strikes?|raids?|gun ?battles?|"
                         r"shootings?|clash(?:es)?|fighting|protests?|rall(?:y|ies)|violence|killings?|massacres?|"
                         r"demonstrations?|riots?|marches|takeover|incursion|offensive)\b", re.I)
# "the PK3 attack", "the Kismayo bombing": an event told before, named by its place
_EVENT_AT_ITS_PLACE = re.compile(r"^(?:the|this|that) (?:attack|assault|raid|massacre|killings?|ambush|bombing|strike|"
                                 r"shelling|shooting) (?:on|at|in|against|of) (?P<at>(?:the )?(?:[\w'’-]+ ){0,3}?[\w'’-]+)"
                                 r"(?= (?:site|camp|village|town|market|base|post|school|took|happened|occurred|was|began|"
                                 r"started|came|left|killed|struck|hit|on)\b)", re.I)
_NAMED_EVENT = re.compile(r"\bthe (?P<name>(?-i:[A-Z][\w'-]*)(?:[ -](?-i:[A-Z0-9])[\w'-]*){0,2}) (?:attacks?|assault|ambush|"
                          r"bombing|blast|explosion|strike|raid|shooting|massacre|killings?|clash(?:es)?|fighting)\b")
_STAMP = re.compile(r"\b(?:published|updated|posted|last modified|first published)\b", re.I)
_PERIOD = re.compile(r"\d\s*[–-]\s*\d|\bperiod\b|\bweek|\bcovering\b|\bto \d|\bissue\b", re.I)
# Cues that name a kind of event or its means, beyond its victims and toll.
_KIND_CUES = _MEANS + ("suicide", "chemical", "clash", "strong_clash", "fire_at_armed", "protest", "riot_word",
                       "riot_act", "abduct", "arrest", "loot", "sexual", "regain", "overtake", "disrupted",
                       "agreement", "base")
_DEATH_OF = re.compile(r"\b(?:(?:his|her|their|its|[A-Z]\w+'s?|the \w+'s?) (?:\w+ )?deaths?|the deaths? of)\b")
# "The bodies of twelve civilians were found": a killing, whoever did it.
_BODIES_FOUND = re.compile(r"\b(?:bod(?:y|ies)|corpses?|remains) (?:\w+ ){0,14}(?:were |was )?(?:found|discovered|recovered)\b|"
                           r"\bfound (?:\w+ ){0,2}dead\b", re.I)
# "..., hours after a roadside bomb killed two elders in Bajaur": another, earlier event, told as a time reference.
def _names_another_spot(text: str) -> bool:
    """Whether a clause places its event away from the main one in words no gazetteer holds ("in a nearby
    village", "elsewhere in the district")."""
    return _OTHER_PLACE_WORDS.search(text) is not None


# ("a day after two jawans were injured in an IED blast in the same district": somewhere else in it)
_OTHER_PLACE_WORDS = re.compile(r"\b(?:nearby|neighbou?ring|another|other|elsewhere)\b|\bthe same (?:district|province|"
                                r"region|state|county|area|territory|zone|governorate|department)\b", re.I)
_DAYS_APART = re.compile(r"\b(a|an|one|two|three|four|five|six|\d) days? (after|before)\b", re.I)
_DAY_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_TIME_REFERENCE = re.compile(r",\s+(?:just |only |barely |some |about |less than |more than )?(?:(?:a|an|one|two|three|"
                             r"four|a few|few|several|\d+) )?(?:hours?|days?|minutes|weeks?|months?) (?:after|before)\b"
                             r"[^,;]*|"
                             # "..., after a local farmer was found dead on his farm": the death the event answered
                             r",\s+after (?:a|an|the) (?:[\w-]+ ){0,4}(?:was|were|had been) (?:found dead|killed|murdered|"
                             r"shot dead|lynched)\b[^,;]*|"
                             # "Six bodies were recovered on Wednesday ..., after a gunfight between rival cartels the
                             # previous day": an event of its own day, named after what it left
                             r",\s+after (?:a|an|the) (?:[\w-]+ ){0,6}?(?:the (?:previous|preceding) day|the day before|"
                             r"(?:late |early )?on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                             r"(?: (?:morning|afternoon|evening|night))?)\b[^,;]*", re.I)


# "fighters armed with rifles and grenades attacked": what they carried, not what they used.
_ARMED_WITH = re.compile(r"\b(?:armed|equipped) with (?:[\w-]+,? ){0,3}?(?:(?:and|or) (?:[\w-]+ ){0,2}?)?"
                         r"(?:grenades|explosives|rocket-propelled grenades|RPGs|bombs|munitions|missiles|rockets|cannons?|"
                         r"guns)\b", re.I)
_NO_RECORD = re.compile(r"\bno (?:record|trace|information|knowledge|word) of (?:his|her|their|the|any) (?:arrest|detention)s?\b",
                        re.I)
_FEELING_OVER = re.compile(r"\b(?:anger|outrage|fury|fears?|frustration|grief|resentment)\s+(?:over|at|about|against)\s+"
                           r"(?:the\s+|a\s+|recent\s+|repeated\s+|continuing\s+)*(?:[\w-]+\s+){0,2}?(?:kidnappings|"
                           r"abductions|killings|attacks|murders|shootings|violence|arrests|raids)\b", re.I)
# A charge names a crime, not an event told: "served a warrant of arrest for murder and frustrated murder".
_CHARGE = re.compile(r"\b(?:warrants? (?:of arrest )?(?:for|against)|charged with|charges? of|accused of|wanted for|"
                     r"convicted of) (?P<crime>(?:[\w-]+ ){0,2}?(?:(?:frustrated |attempted )?(?:murder|homicide|kidnapping|"
                     r"abduction|(?:serious )?illegal detention|robbery|arson|rape|terrorism|rebellion)s?|"
                     # "police detained seven people accused of organising the demonstration": the charge, no protest
                     r"(?:organi[sz]ing|leading|inciting|instigating|calling|mobili[sz]ing|taking part in|participating in) "
                     r"(?:the |a |an |these |those )?(?:[\w'’-]+ ){0,2}?(?:demonstrations?|protests?|strikes?|riots?|"
                     r"march(?:es)?|rall(?:y|ies)|unrest|sit-ins?))"
                     # ("a warrant of arrest for kidnapping with serious illegal detention": the crime, no abduction told)
                     r"(?:,? (?:and|with) (?:serious |frustrated |attempted )?(?:murder|homicide|illegal detention|"
                     r"kidnapping|robbery|arson))?)\b", re.I)


_CLAUSE_START = re.compile(r"\b(?:after|before)\s+")
_BODIES_AT_THE_SCENE = re.compile(r"\b(?:recovered|found|retrieved|collected|removed|received) (?:\w+ ){0,3}(?:bodies|corpses)"
                                  r"(?: \w+){0,3} (?:at|from) the (?:scene|site|spot|area)\b", re.I)
_MORE_BODIES = re.compile(r"\b(?:more|other|further|additional|another) (?:\w+ )?(?:bodies|corpses)\b", re.I)
_BODIES_FOUND_OF = re.compile(r"\b(?:bodies|corpses|remains)\b[^.;]{0,60}?\b(?:recovered|found|retrieved|discovered|pulled|"
                             r"dug up|exhumed)\b", re.I)
_DAYS_BEFORE = re.compile(r"\b(a|an|one|two|three|four|\d+) days? after\b|\bthe (?:previous|preceding) day|the day before",
                          re.I)
_DAY_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}


@functools.lru_cache(maxsize=1024)  # pure; asked of each sentence three or four times (cues, counts, checks)
def main_clause(text: str) -> str:
    """The sentence with a trailing time-reference clause blanked (same length: offsets hold)."""
    m = _TIME_REFERENCE.search(text)
    return text if m is None else text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]


_MEANS_NOUN = re.compile(r"(?:armed |combat |kamikaze |suicide )?(?:warplanes?|fighter jets?|jets?|UAVs?|"
                         r"(?:helicopter )?gunships?|(?:aerial|guided|glide) bombs?|drones?|aircraft|planes?|"
                         r"helicopters?|quadcopters?)", re.I)
_STRIKE_VERB = re.compile(r"\b(?:struck|strikes?|hit|hits|bomb(?:ed|ing|s)|shell(?:ed|ing)|pound(?:ed|ing)|"
                          r"target(?:ed|ing|s)|dropp(?:ed|ing)|drops|fired|firing|launch(?:ed|ing|es)|attack(?:ed|ing|s)|"
                          # "warplanes carried out several raids on the port"
                          r"raid(?:ed|ing|s)?|sorties|kill(?:ed|ing|s)|destroy(?:ed|ing)|crash(?:ed|ing)|explod(?:ed|ing)|"
                          r"slamm(?:ed|ing)|rain(?:ed|ing)|blast(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing))\b", re.I)
_BODY_OF_ATTACKER = re.compile(r"\b(?:found|recovered|discovered) the bod(?:y|ies) of (one|two|three|four|five|\d+) of the "
                               r"(?:attackers|assailants|gunmen|raiders)\b|"
                               # ("the bodies of two of the attackers had been recovered from the village")
                               r"\bthe bod(?:y|ies) of (one|two|three|four|five|\d+) of the (?:attackers|assailants|gunmen|raiders) "
                               r"(?:had |have |has )?(?:been|were|was) (?:found|recovered|discovered)\b", re.I)
_ATTACKER_SIDES = {"attackers", "assailants", "gunmen", "raiders"}
_NUMBER_OF_BODIES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_BODIES_ONLY = re.compile(r"^(?!.*\b(?:kill\w*|died|dead|death|executed|shot|fatally|lost)\b).*\b(?:bodies|corpses)\b", re.I)
_IT_WAS_NTH = re.compile(r"^(?:it|this|that) (?:was|is|marked) (?:the|a) (?:[\w-]+ ){0,2}(?:such |similar )?(?:attack|strike|"
                         r"incident|bombing|raid|killing|assault|ambush|clash)(?:es|s)?\b", re.I)
# ("The attack was followed on Monday by the abduction of four teachers" tells a new event, not one said of it)
_COPULA = re.compile(r"\s+(?:was|were|is|are|has been|had been)\b(?! (?:\w+ )?(?:followed|preceded)\b)")
# "The fighting around Kyaukphyu is the latest in a series of battles": the event placed, then said of.
_PLACED_COPULA = re.compile(r"\s+(?:around|in|near|at|on|outside|for) (?:the )?(?:[\w'’-]+ ){0,2}?[\w'’-]+"
                            r"\s+(?:was|were|is|are|has been|had been)\b")
# "two more bodies", "Two other people were wounded": victims added to the event just told.
_MORE_DEAD = re.compile(r"\b(?:\w+|\d+) more (?:bodies|corpses|people|civilians|victims|deaths|dead)\b|"
                        r"^(?:\w+|\d+) other (?:people|persons|civilians|victims|men|women|customers|passengers|"
                        r"residents|villagers) (?:were|was) (?:\w+ )?(?:wounded|injured|hurt)\b", re.I)
# "A third gendarme, shot in the shoulder, ...": one more victim of the event just told, counted on from its toll
_ORDINAL_VICTIM = re.compile(r"^(?:an? )?(?:second|third|fourth|fifth|sixth) (?:[\w-]+ )?(?:gendarmes?|soldiers?|"
                             r"police(?:m[ae]n| officers?)?|officers?|guards?|persons?|people|m[ae]n|wom[ae]n|victims?|"
                             r"civilians?|passengers?|fighters?|militiam[ae]n|villagers?|residents?|child(?:ren)?|boys?|"
                             r"girls?)\b", re.I)
# The cues of a sentence that only tells someone was shot, hurt or killed
# The nouns a text names an event told before by
_EVENT_NOUN = r"(?:strikes?|attacks?|bombings?|blasts?|raids?|shootings?|ambush|explosions?|clash(?:es)?|massacre|shelling|assault)"
# "in the Jenin strike", "from the A'zaz bombing": an event named by its place
_EVENT_BY_PLACE = re.compile(r"\b(?:in|from|of|by) the ((?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?) (?:drone |air ?|missile "
                             rf"|suicide |car |market )?{_EVENT_NOUN}\b", re.I)
# "in the overnight attack near Waydar", "in this morning's bombing near Qarah Salam": an event told before, named
# by its time and place
_EVENT_NEAR_PLACE = re.compile(r"\b(?:in|from|of|by|during) (?:the|this|that|(?:this|last|yesterday|(?-i:[A-Z])[a-z]+day)"
                               r"(?: (?:morning|afternoon|evening|night))?['’]s?) (?:(?:overnight|deadly|earlier|suicide|"
                               rf"roadside|car|drone|missile|air|morning|evening|night) ){{0,2}}{_EVENT_NOUN} "
                               r"(?:near|in|at|on|outside) (?:the )?(?P<at>(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?)", re.I)
# A blog's or a bulletin's correction of what it reported
_CORRECTION = re.compile(r"^\W*(?:correction|clarification|corrected)\s*[:–—-]", re.I)
# (the day it corrects: "..., not this morning as we reported at 07:50")
_NOT_AS_REPORTED = re.compile(r"\bnot (?:on )?(?:this|last|yesterday|today|[A-Z]\w+day|the )[^.;]{0,30}?\bas (?:we |was |it was )?"
                              r"(?:first |earlier |initially |wrongly |previously )?(?:reported|stated|said)\b", re.I)
_HURT_CUES = {"firearm", "injure", "kill", "violence_verb", "armed_victim", "civ_victim", "other", "_pos"}
# A live blog's or a bulletin's recap of what it reported above.
_RECAP = re.compile(r"^(?:(?:in|to) (?:summary|sum up|recap)|(?:an? |the )?(?:(?:quick|brief|short|daily) )?(?:recap|summary|round-?up|"
                    r"wrap-?up)(?= of|:)|recap|wrapping up(?=:)|"
                    r"summary|in brief|the day'?s (?:main )?events)\b", re.I)
# Victims already reported, named as such: "two of the wounded", "the bodies of the slain rebels".
_OF_THE_VICTIMS = re.compile(r"\b(?:of|among) the (?:wounded|injured|dead|victims|bodies|casualties)\b|"
                             # "a search party found the body of one of the attackers": of the attack already told
                             r"\bbod(?:y|ies) of (?:\w+ )?(?:one|two|three|four|five|\d+|some|several) of the "
                             r"(?:attackers|assailants|gunmen|militants|raiders|insurgents|fighters|bandits)\b|"
                             r"\bthe (?:slain|killed|dead|wounded|injured|martyred) [a-z]+|"
                             # "The three injured were shifted to the district hospital": those already counted
                             rf"^the (?:{NUMBER_PATTERN}) (?:wounded|injured|dead|victims)\b", re.I)
# "The first strike hit a pickup truck": a strike that names no means is the one the article named before.
_BARE_STRIKE = re.compile(r"\b(?:(?:the|a|another|first|second|third|latest|new|fresh|one|its|last|subsequent) "
                          r"strikes?\b(?! (?:action|by (?:workers|teachers)))|(?:of )?(?:those|these|the|two|three|"
                          r"several) bombs)", re.I)


_HITS = re.compile(r"\b(?:hit|struck|strikes? (?:on|against)|killed|killing|wounded|wounding|targeted|destroyed|"
                   r"landed|damaged)\b", re.I)


def _refer_back_to_means(text: str, cues: Counter, means: Counter) -> None:
    if any(cues.get(k) for k in _MEANS) or not means or not _BARE_STRIKE.search(text) or not _HITS.search(text):
        return
    cues[means.most_common(1)[0][0]] += 1


# Headings of a summary whose items the body tells again in detail.
_SUMMARY_HEADING = re.compile(r"^\W*(?:(?:key )?highlights|key (?:points|messages|developments|figures|events|updates)|summary|"
                              r"at a glance|in brief|(?:the )?week in brief|top stories|(?:the )?latest|main points|what we know|"
                              # a bulletin's menu: "Headlines:", "In this bulletin", "Today's headlines"
                              r"(?:(?:today|tonight|this (?:morning|evening))['’]s |the )?headlines|in this (?:bulletin|edition)|"
                              r"news in brief)\b", re.I)


def _in_digest(doc: _Doc, groups: list) -> list[int]:
    """Which digest each frame opens in (1, 2 ... in text order; 0: none): a summary heading ("KEY POINTS") that a
    later heading closes, whose lines sum up events the sections below tell in detail."""
    digests = []
    for k, h in enumerate(doc.headings):
        if _SUMMARY_HEADING.match(doc.body[h.start:h.end]) and k + 1 < len(doc.headings):
            digests.append((h.start, doc.headings[k + 1].start))
    return [next((n for n, (a, b) in enumerate(digests, 1) if a <= g.sentences[0].start < b), 0) for g in groups]


def _split_headings(sentences: list[Sentence], headings: list) -> list[Sentence]:
    """A heading line has no full stop, so the first line under it ("KIRKUK\n• On 3 May ...") joins it in one
    sentence: split them, so that the heading is read as one and the item under it is not lost. Under a summary
    heading ("HIGHLIGHTS", "KEY POINTS") each line is an item of its own (merge.py folds it into the section that
    tells it in detail)."""
    ends = {h.start: h.end for h in headings}
    out: list[Sentence] = []
    for s in sentences:
        end = ends.get(s.start)
        rest = s.text[end - s.start:] if end is not None and end < s.end else ""
        if not rest.strip():
            out.append(s)
            continue
        start = end + len(rest) - len(rest.lstrip())
        out.append(Sentence(s.text[:end - s.start].rstrip(), s.start, end, s.paragraph))
        if _SUMMARY_HEADING.match(s.text[:end - s.start]):
            # (its lines, with no full stop of their own, one event a line: "• AQAP IED kills three Security Belt
            # personnel in Mudiyah district (18 Oct)\n• Night attack on checkpoint east of Lawdar; three killed")
            cuts = [start] + [s.start + m.start() + 1 for m in _LINE_BULLET.finditer(s.text, start - s.start)] + [s.end]
            # (each line its own event, never more of the line before: read as a joined clause)
            out.extend(Sentence(s.text[a - s.start:b - s.start].rstrip(), a, a + len(s.text[a - s.start:b - s.start].rstrip()),
                                s.paragraph, joined=k > 0) for k, (a, b) in enumerate(zip(cuts, cuts[1:]))
                       if s.text[a - s.start:b - s.start].strip())
            continue
        out.append(Sentence(s.text[start - s.start:], start, s.end, s.paragraph))
    return out


_LINE_BULLET = re.compile(r"\n(?=\s*[•▪◦*–-]\s)")


def _dateline_date(dateline: str | None, pub: dt.date) -> dt.date | None:
    """The day a dateline names ("KYIV, March 3 (AFP) -"), when it is the filing day of a story published then."""
    if not dateline or not has_explicit_date(dateline):
        return None
    d = resolve_date(dateline, pub)
    return d if d is not None and -1 <= (pub - d).days <= 3 else None


# A bulletin's own line of place, day and hour in its header: "Quito, 4 June 2026, 21:00"
_HEADER_DATE = re.compile(r"^[A-Z][\w .'’-]{1,40},\s+(\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|[A-Z][a-z]{2,8}\s+\d{1,2},?\s+\d{4})"
                          r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*(?:hrs|hours|h))?)?\s*$", re.M)


# A station's header of fields between bars: "Frontera Noticias TV | Cúcuta | Tuesday, September 29, 2026 | 7:00 p.m."
# ("... | Updated 5:25 AM NPT, Thursday, 12 February 2026": the hour and its zone may come first)
_PIPED_HEADER_DATE = re.compile(r"^[^\n|]{2,60}\|[^\n]{0,80}?\|\s*(?:(?:Updated|Posted|Published):?\s+)?"
                                r"(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5}\s*)?,?\s+)?"
                                r"(?:[A-Z][a-z]+day,?\s+)?(\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|"
                                r"[A-Z][a-z]{2,8}\s+\d{1,2},?\s+\d{4})(?:,?\s+(?:[–—-]\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)?"
                                r"\s*(?:\|[^\n]{0,40})?$", re.M)


_FULL_DATE = re.compile(r"\b(?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|[A-Z][a-z]{2,8}\s+\d{1,2},?\s+\d{4})\b")


def _header_date(body: str, pub: dt.date) -> dt.date | None:
    """The day a bulletin's header line names ("Quito, 4 June 2026, 21:00") when it is a day off its UTC time stamp:
    the day the report was issued where its "today" is told."""
    m = _HEADER_DATE.search(body, 0, 600) or _PIPED_HEADER_DATE.search(body, 0, 600)
    d = resolve_date(m.group(1), pub) if m is not None else None
    if d is None:
        # a header block's own short line with the full date: "Morning News, 06:00 · Friday 24 July 2026"
        head = body[:body.find("\n\n")] if "\n\n" in body[:400] else ""
        line = next((x for x in head.split("\n") if len(x) <= 90 and ". " not in x and has_explicit_date(x)
                     and _FULL_DATE.search(x)), None)
        d = resolve_date(line, pub) if line else None
    # (a day either side: an evening bulletin west of UTC stamped the next day, a morning one east of it the day
    # before: "Monday, October 5, 2026, 6:15 AM" at 22:15 UTC on the 4th)
    return d if d is not None and abs((pub - d).days) == 1 else None


def _dateline_country(dateline: str | None) -> str | None:
    """The country of the place a dateline names: a weak prior, like the outlet's own country."""
    if not dateline or dateline.lstrip().startswith("("):
        return None   # a rights group's "(Bangkok, 9 April 2026) –" names where its office is, not the story's country
    # Datelines set the city in capitals, which the geoparser reads as an acronym.
    places = geoparse_text(" ".join(w.title() if w.isupper() and len(w) > 2 else w for w in dateline.split()))
    return places[0].country_iso2 if places else None


# An event told as a week or a month old: "wounded in last week's explosion"
_LAST_WEEKS_EVENT = re.compile(r"\blast (?:week|month)['’]s\b", re.I)
# A place referred back to: "the area", "the village", "the scene".
_SAME_REGION = re.compile(r"\b(?:the|that) same (?:region|province|state|department|governorate)\b", re.I)
_PLACE_ANAPHOR = re.compile(r"\b(?:the|that) (?:same )?(?:area|village|town|city|scene|settlement|locality|district|"
                            r"neighbou?rhood|camp)\b(?! (?:of|called|named)\b)|"
                            # "..., and a roadside bomb struck a supply convoy in the same region the following day"
                            r"\b(?:the|that) same (?:region|province|state|county|city|department|governorate)\b", re.I)


def _inherit_place(inc: Incident, before: list["_Group"], built: list[Incident], g: "_Group",
                   lead_para: int = 0) -> None:
    """A sentence that names no place happened where its paragraph's incident did, else where the one incident
    told for its day did, else where the lead's did; inherited places count as 'near' (geo_precision 2 at the
    finest)."""
    donor = next((i for b, i in zip(reversed(before), reversed(built))
                  if i.location and b.sentences[-1].paragraph == g.sentences[0].paragraph), None)
    if donor is None and _PLACE_ANAPHOR.search(g.sentences[0].text):
        # "Soldiers deployed to the area engaged the bandits": the place last told, not the lead's.
        donor = next((i for b, i in zip(reversed(before), reversed(built))
                      if i.location and b.section == g.section), None)
    if donor is None and g.date is not None:
        # "06:45 - Police say about 300 protesters gathered at the bridge at 23:30 on Monday": the one place told
        # for that day before (a live blog's key point), not the lead's.
        same_day = {i.location: i for b, i in zip(before, built) if i.location and b.date == g.date}
        if len(same_day) == 1:
            donor = next(iter(same_day.values()))
    if donor is None and built and built[0].location and before[0].sentences[0].paragraph <= lead_para + 1 \
            and before[0].section == g.section \
            and not (g.sentences[0].text[:1] in _BULLETS and before[0].sentences[0].text[:1] in _BULLETS):
        # (not a key point's next bullet: "• A minibus struck a landmine on a supply road further north" is no more
        # at the first bullet's town than the key points are one event)
        donor = built[0]
    if donor is None:
        return
    for f in ("location", "admin1", "admin2", "country_iso2", "country", "latitude", "longitude", "geonames_id",
              "feature_code"):
        setattr(inc, f, getattr(donor, f))
    inc.geo_precision = max(2, donor.geo_precision or 2)


def _violent_cues(cues: Counter) -> bool:
    """Cues that name violence itself, beyond a death or an injury."""
    return any(cues.get(k) for k in taxonomy.TRIGGERS if k not in ("kill", "injure"))


# A victim of an incident already reported dies later ("One of the wounded died in hospital").
_DIED_LATER = re.compile(r"\b(?:later died|died (?:later|of (?:his|her|their) (?:wounds|injuries)|in (?:the )?hospital)|"
                         r"succumbed|"
                         # "The bodies of two more villagers were found in the bush": more dead of the event told
                         r"bod(?:y|ies) of (?:\w+ )?(?:more|other|another|further)\b[^.;]{0,60}?\b(?:found|recovered|"
                         r"retrieved|discovered)|"
                         # "Five people were taken to hospital with stab wounds, and one of them, a 34-year-old man,
                         # died on Wednesday morning": a death among the wounded just told
                         r"(?:one|two|three|four|five|\d+) of (?:them|those (?:wounded|injured)|the (?:wounded|injured))"
                         r"(?:,[^,.;]{1,40},)? (?:later |subsequently |has |have |had )?died|"
                         # "The man shot during the clearing of the blockade in Ventanas this afternoon has died": one
                         # the event wounded, dead now
                         r"^\W*(?:\d\d?[:.]\d\d\W+)?the (?:[\w-]+ ){0,2}?(?:man|woman|boy|girl|person|protester|"
                         r"demonstrator|student|farmer|officer|soldier|policeman|child|teenager|youth)"
                         r",? (?:who (?:was|had been) )?(?:shot|wounded|injured|hurt|hit|stabbed|beaten)\b[^.;]{0,100}?"
                         r"\b(?:has |had )?(?:died|succumbed)\b)", re.I)


def _second_of_the_lead(first: _Group, second: _Group) -> bool:
    """Whether `second` is the other event of the sentence `first` opened with ("... killing at least four
    soldiers, and a roadside bomb wounded three policemen near Daquq a day later"), told in no sentence of its own."""
    lead = second.sentences[0]
    return lead.joined and len(second.sentences) == 1 and first.sentences[0].paragraph == lead.paragraph \
        and first.sentences[0].end <= lead.start


def _toll_of_the_first(first: _Group, second: _Group, t: Sentence) -> bool:
    """A toll told after a lead of two events, and taken as the second's (the last frame opened), that counts the
    first's victims: it names the first's and not the second's ("four soldiers had been killed", after soldiers
    killed at an outpost and policemen wounded by a bomb), or names none and only the first had dead to update
    ("bringing the death toll from the attack to six")."""
    sides = _victim_sides(t.text)
    mine, theirs = _victim_sides(second.sentences[0].text), _victim_sides(first.sentences[0].text)
    if sides & (theirs - mine):
        return not sides & (mine - theirs)
    return not sides & mine and _is_toll_update(t.text) \
        and casualties.count("fatalities", main_clause(first.sentences[0].text)) > 0 \
        and not casualties.count("fatalities", main_clause(second.sentences[0].text))


def _new_sides(s: Sentence, before: list[Sentence]) -> bool:
    """Whether every dead the sentence counts is of a side no sentence before it counted ("two gendarmes" killed,
    then "three attackers were neutralized ..., a military source said"): more dead, whoever tells them, not
    another source's count of the same."""
    sides = {side for side, _, _ in casualties.by_side("fatalities", main_clause(s.text))}
    told = {side for x in before for side, _, _ in casualties.by_side("fatalities", main_clause(x.text))}
    known = set(casualties.SIDE_NAMES)
    # (the new dead of a side named by its noun: soldiers, police, civilians, militants; not "put the toll at three")
    return bool(sides) and bool(told) and all(x is not None and set(x.split("+")) <= known for x in sides) \
        and None not in told \
        and not any(a == b or a in b.split("+") or b in a.split("+") for a in sides for b in told)


def _victim_sides(text: str) -> set[str]:
    """The sides a sentence names (soldiers, police, civilians, militants), whatever it says of them."""
    return {name for name, pat in casualties.SIDE_OF if pat.search(text)}


_DIED_AT_HOSPITAL = re.compile(r"\bdied (?:\w+ ){0,3}?(?:at|in) (?:the |a )?(?:[\w-]+ ){0,3}?(?:hospital|medical cent(?:re|er)|"
                               r"clinic|health cent(?:re|er))\b", re.I)


def _is_toll_update(text: str) -> bool:
    """A new total for an incident already reported ("bringing the death toll to five") or a later death."""
    return casualties.toll_update(text) is not None or bool(_DIED_LATER.search(text))


# A spot told by its bearing or distance from a town: "west of the northern city of Mosul", "30 km from Gao".
_RELATIVE_SPOT = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of\b|"
                            r"\b(?:km|kilomet(?:re|er)s?|miles?) (?:\w+ )?(?:from|of|outside)\b", re.I)


def _finer_spot_of_it(g: "_Group", s: Sentence, own_place: Place | None) -> bool:
    """"A roadside bomb struck a patrol west of Mosul ... The bomb went off on a road south of Tal Afar": the event
    just told, by its definite name, at a spot in the same province that the lead only placed from afar."""
    return own_place is not None and g.place is not None and bool(_ANAPHOR.match(s.text)) \
        and not (own_place.feature_code or "").upper().startswith(("PCL", "ADM")) \
        and own_place.country_iso2 == g.place.country_iso2 and same_admin(own_place.admin1, g.place.admin1) \
        and (bool(_RELATIVE_SPOT.search(g.sentences[0].text))
             # ("... struck a roadside bomb in the coastal county of Lamu": placed by its province alone)
             or (g.place.feature_code or "").upper().startswith(("ADM1", "ADM2")))


# "in the al-Hazwaneh neighbourhood": a quarter named by its type word, with no town after it.
_QUARTER_NAMED = re.compile(r"\bthe (?:[\w'’-]+ ){1,3}(?:neighbou?rhood|quarter|suburb|district of the city)\b", re.I)
# "the Tse-Kpav area of the town": a quarter said to be the town's.
_QUARTER_OF_THE_TOWN = re.compile(r"\bthe (?:[\w'’-]+ ){1,3}(?:area|part|section|quarter|neighbou?rhood) of the "
                                  r"(?:town|city|village)\b", re.I)


def _quarter_of_it(g: "_Group", s: Sentence, own_place: Place | None) -> bool:
    """"A drone strike hit civilians queuing for bread in Manbij ... The strike hit a bakery in the al-Hazwaneh
    neighbourhood": the event just told, in a quarter of its town; a gazetteer namesake of the quarter (a village
    90 km away) is not where it was."""
    # (or the quarter said to be the town's: "Residents said armed herders stormed the Tse-Kpav area of the town")
    return own_place is not None and g.place is not None \
        and (bool(_ANAPHOR.match(s.text)) and _QUARTER_NAMED.search(s.text) is not None
             or _QUARTER_OF_THE_TOWN.search(s.text) is not None) \
        and (g.place.feature_code or "").upper().startswith("PPL") \
        and own_place.country_iso2 == g.place.country_iso2 and None not in (own_place.latitude, g.place.latitude) \
        and dist_km(own_place.latitude, own_place.longitude, g.place.latitude, g.place.longitude) > 12


def _add(g: "_Group", s: Sentence, cues: Counter, own_place: Place | None) -> None:
    if _quarter_of_it(g, s, own_place):
        own_place = None
    if _finer_spot_of_it(g, s, own_place):
        g.place = own_place
    # "... gathered in front of the secretariat. || Police fired into the air to disperse the crowd": how the
    # protest just told ended, in the next paragraph, is part of it
    ended = cues.get("intervention") and g.first.get("protest") and s.paragraph - g.sentences[-1].paragraph <= 1
    # ("... blocking the Makurdi–Lafia road. || The protest turned violent when some of the youths pelted a police
    # patrol van with stones": so did the protest's turn to violence)
    ended = ended or (cues.get("riot_act") or cues.get("riot_word")) and g.first.get("protest") \
        and s.paragraph - g.sentences[-1].paragraph <= 1
    g.sentences.append(s)
    g.rest.update(cues)
    if s.paragraph == g.sentences[0].paragraph or ended:
        g.near.update(cues)
    if own_place and (more_specific(own_place, g.place) or _within_country(own_place, g.place)
                      or _TOOK_PLACE.match(s.text) and not (own_place.feature_code or "").upper().startswith(("PCL", "ADM"))
                      and not _another_town(own_place, g.place)):
        # "The attack took place near the town of Afgooye": where the lead's "west of the capital" was (not "The
        # clash broke out ... in Camp 15 at Jamtoli", read as a namesake 280 km from the lead's Ukhiya).
        g.place = own_place


_ATTACK_BEFORE = re.compile(r"\b(?:attacked|ambushed|raided|targeted(?! (?:operations?|raids?|killings?|"
                            r"sanctions)\b)|clashed with|fought(?: with)?|fighting|"
                            r"attacks? (?:on|against))\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# Herders are a militia when they fight; a raid on "a herders' settlement", on "herders" grazing, is on civilians.
_UNARMED_HERDERS = re.compile(r"herders(?:['’]\s+(?:settlements?|camps?|homesteads?|villages?|cattle|livestock)\b|"
                              r"\s+(?:grazing|tending|watering|and their)\b)", re.I)
_ARMED_TYPES = {"State forces", "Rebel groups", "Political militias", "Identity militias", "External/Other forces"}


def _attacks_armed_actor(text: str, named: list | None = None) -> bool:
    """An attack or fight whose target is an armed actor of the alias table ("attacked VDP")."""
    mentions = [m for m in (find_actors(text) if named is None else named) if m.actor_type in _ARMED_TYPES
                and not _UNARMED_HERDERS.match(text, m.start)]
    if len(mentions) < 2:
        return False
    return any(_ATTACK_BEFORE.search(text[max(0, m.start - 40):m.start]) for m in mentions[1:])


_TITLE_AND_NAME_BEFORE = re.compile(r"\b(?:spokes(?:man|woman|person)|commander|governor|minister|mayor|chief|director|"
                                    r"secretary|officer|inspector|colonel|general|major|captain|lieutenant|sergeant|"
                                    r"(?:Col|Gen|Maj|Capt|Lt|Sgt|Dr|Mr|Mrs|Ms)\.)\s+(?:(?-i:[A-Z][\w'’-]+|[A-Z]\.)\s+){1,2}\Z", re.I)
_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z]+)\b(?!\s+(?:region|province|district|state|city|town|county))")
_LANDMARK_BEFORE = re.compile(r"\b(?-i:Plaza|Avenida|Calle|Piazza|Praça|Praca|Rua|Place|Boulevard|Avenue|Street|Square|Parque|"
                              r"Park|Paseo|Jirón|Jiron|Largo|Rond-Point)\s+(?:de\s+(?:la\s+|los\s+|las\s+)?)?\Z")
_GROUP_BEFORE = re.compile(r"\b(?:terrorist|armed|rebel|militant|insurgent|extremist|jihadist|separatist|outlawed|banned)\s+"
                           r"(?:group|movement|organi[sz]ation|faction|militia|outfit)\s+(?:known as\s+|called\s+)?[\"“']?$",
                           re.I)
_GROUP_AFTER = re.compile(r"\s+(?:(?:tribal|ethnic|armed|clan|local|allied|rebel)\s+)?(?:fighters|militias?|militiam[ae]n|"
                          r"rebels|insurgents|militants|gunmen|guerrillas)\b|"
                          # "armed men from the Tiv and Jukun communities": peoples, not places
                          r"\s+(?-i:communities|tribes|clans|tribesmen)\b|"
                          # "Fano media claimed 'more than 40' soldiers killed": a party's own outlets
                          r"\s+(?:media|channels?|outlets?|propaganda)\s+(?:claimed|claims)\b|"
                          # "the Sudan People's Liberation Army", "the Tigray Defence Forces": an armed group's name
                          r"(?-i:\s+(?:People['’]s\s+)?(?:Liberation|Defen[cs]e|Democratic|Revolutionary|National)\s+"
                          r"(?:Army|Forces?|Front|Movement|Council))", re.I)
# Where the wounded were taken is not where they were hurt: "was brought to a hospital in Catarman".
_TAKEN_TO_HOSPITAL = re.compile(r"\b(?:brought|taken|rushed|evacuated|airlifted|transferred|admitted|referred|flown|"
                                r"treated)\b[^.;]{0,40}?\b(?:hospitals?|clinics?|infirmary|medical (?:centre|center|"
                                r"facility))\b(?:(?:\s+here)?\s+in\s+(?:the\s+(?:city|town|capital|village)\s+of\s+)?(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})?|"
                                # "a nurse at Machava general hospital": a hospital named for its town (a toll told
                                # from "Muqdadiyah General Hospital", by its name, keeps the town it names)
                                # ("died in a Kharkiv hospital")
                                r"\b(?:at|in|from|to) (?:the |an? )?(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+))? (?:general |district |"
                                r"provincial |regional |referral |central |main |military |teaching )?(?-i:hospital|clinic)\b|"
                                # ("responding to treatment at a military medical facility in Gusau")
                                r"\b(?:treatment|treated|admitted|recovering|care)\s+(?:at|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:hospital|clinic|medical (?:centre|center|facility)|health (?:centre|center|facility|post))"
                                r"\s+in\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}|"
                                # "three were being treated in Sikasso": the town of their care
                                r"\b(?:(?:being|been|were|was|are|is) treated|hospitali[sz]ed|recovering)\s+in\s+(?:the\s+(?:city|town|capital)\s+of\s+)?"
                                r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}|"
                                # "receiving treatment at Fort Portal Regional Referral Hospital": a hospital's name
                                r"\b(?:treatment|treated|admitted|recovering|care|referred|hospitali[sz]ed)\s+(?:at|in|to)\s+"
                                r"(?:the\s+)?(?:(?-i:[A-Z][\w'’-]+)\s+){1,5}(?-i:Hospital|Clinic|Infirmary|"
                                r"Medical (?:Centre|Center))\b"
                                # ("... Specialist Hospital in Lafia": the hospital's town)
                                r"(?:\s+in\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})?", re.I)


_LOCALITY_OF = re.compile(r"\b(?:community|village|hamlet|town|neighbou?rhood|colonia|settlement|district|barrio|"
                          r"sector|locality) of $", re.I)
_LANDMARK_NAME = re.compile(r"\s(?:Park|Plaza|Square|Gardens|Stadium|Mall)$")


def _place_in(text: str, s: Sentence, toponyms: list, starts: list[int], section_country: str | None = None) -> Place | None:
    found = in_span(toponyms, starts, s.start, s.end)
    if section_country is not None and len(found) > 1:
        # Under a "HAITI" heading, "Mirebalais in the Centre department": a name resolved abroad, when the other
        # places of the sentence lie in the section's country, is a namesake of a place there.
        home = [t for t in found if t.country_iso2 == section_country]
        if home and len(home) < len(found):
            found = [t for t in found if t.country_iso2 == section_country
                     or (t.feature_code or "").upper().startswith("PCL")]
    if len(found) > 1:
        # "... killed four people in Jenin, the latest deadly incident since the war in Gaza began": the ranking
        # aside names places of other events.
        aside = latest_in_series(s.text)
        if aside is not None:
            found = [t for t in found if t.start < s.start + aside] or found
    m = _TIME_REFERENCE.search(s.text) if len(found) > 1 else None
    if m is not None:
        # "... in northwest Pakistan, hours after a bomb killed two elders in Bajaur": the main event's place.
        found = [t for t in found if not s.start + m.start() <= t.start < s.start + m.end()] or found
    if len(found) > 1 and _QUOTE_MARK.search(s.text):
        # A place inside a quotation (a slogan shouted, "Don't forget Aleppo!") is what someone said, not where
        # the sentence's event happened, when the sentence names another place outside it.
        outside = [t for t in found if not _quoted_offset(s.text, t.start - s.start)]
        found = outside or found
    if found:
        # "Police spokesman Abdifatah Aden Hassan": a name inside a person's name, after the title, is no place.
        # (The anchored test after the place first: it fails at once where no capitalised word follows.)
        found = [t for t in found if not (_NAME_AFTER.match(text, t.end)
                                          and _TITLE_AND_NAME_BEFORE.search(text, max(0, t.start - 60), t.start))]
    if found:
        # "gathered at Plaza San Martín", "marched down Avenida Bolívar": a square or a street named after a
        # place or a person, in the city already told, is no other place.
        found = [t for t in found if not _LANDMARK_BEFORE.search(text, max(0, t.start - 20), t.start)]
    if found:
        # "in the community of Costa Rica, south of the city": a locality named after a country is not the country
        found = [t for t in found if not ((t.feature_code or "").upper().startswith("PCL")
                                          and _LOCALITY_OF.search(text, max(0, t.start - 30), t.start))]
    if len(found) > 1:
        # "marched from Union Park to Federal Plaza in Chicago": a park or a square of the city named with it.
        found = [t for t in found if not _LANDMARK_NAME.search(text, t.start, t.end)] or found
    if found:
        # "Fano fighters entered the town": a place that names an armed group is no scene.
        # ("members of the terrorist group Shene attacked a bus": the group's name, not the town Sheno)
        found = [t for t in found if not (_GROUP_AFTER.match(text, t.end)
                                          or _GROUP_BEFORE.search(text, max(0, t.start - 60), t.start))] \
            or ([] if len(found) == 1 else found)
    if found and (" to " in s.text or " towards " in s.text):
        # "blocking the main road to Mekelle": where a road leads is not where the road was blocked.
        found = [t for t in found if not _ROAD_TO_BEFORE.search(text, max(0, t.start - 90), t.start)
                 and not _DEPLOYMENT_TO_BEFORE.search(text, max(0, t.start - 80), t.start)]
    if found and " road" in s.text and all(
            _ROAD_BETWEEN.match(text, t.end) or _ROAD_BETWEEN_END.match(text, t.end)
            and _ROAD_BETWEEN_START.search(text, max(0, t.start - 30), t.start) for t in found):
        # "gathered on the Ahvaz–Hamidiyeh road": a road between two towns, and no other place, names no scene
        # (with another place, "on the Raqqa–Deir Ezzor road near Maadan", the choice below weighs them all)
        found = []
    if found and (" river" in s.text or " River" in s.text):
        # "blocked the bridge over the Guaviare river": a river, not the department or the town named for it
        found = [t for t in found if not _RIVER_AFTER.match(text, t.end)]
    if len(found) > 1 and (" road" in s.text or " highway" in s.text or " motorway" in s.text or " expressway" in s.text):
        # "ambushed a vehicle on the Juba road a few kilometres outside Kajo-Keji town": a road named for where it
        # leads, when the sentence names another place
        # ("a car on the Beirut–Damascus highway just below Aley": both ends of a road named for them)
        found = [t for t in found if not (_ROAD_BETWEEN_END.match(text, t.end) and text[max(0, t.start - 4):t.start] == "the "
                                          or _ROAD_BETWEEN.match(text, t.end) or _ROAD_BETWEEN_END.match(text, t.end)
                                          and _ROAD_BETWEEN_START.search(text, max(0, t.start - 30), t.start))] \
            or found
    if len(found) > 1 and " between " in s.text:
        # "took control of Anefis, a town on the main road between Gao and Kidal": a road's ends, when the sentence
        # names another place
        found = [t for t in found if not (_ROAD_ENDS_BEFORE.search(text, max(0, t.start - 120), t.start)
                                          or _ROAD_ENDS_AND_BEFORE.search(text, max(0, t.start - 150), t.start))] or found
    if len(found) > 1 and ("suspected of" in s.text or "accused of" in s.text):
        # "14 Mar – Ségou: The gendarmerie detained nine people ... suspected of supplying JNIM units in the Macina
        # area": where what they are suspected of took place, not where they were held
        found = [t for t in found if not _SUSPECTED_OF_BEFORE.search(text, max(0, t.start - 90), t.start)] or found
    if len(found) > 1 and " from " in s.text:
        # "a military post in Plateau-Central region, barely 100 kilometres from the capital Ouagadougou": a town
        # that far away is the reader's bearing, not the scene
        found = [t for t in found if not far_from(text[max(0, t.start - 60):t.start])] or found
    if found and ("call" in s.text or "dub" in s.text or "brand" in s.text or "label" in s.text):
        # "The Oromo Liberation Army (OLA), which the government calls Shene": a name given to a group (not "a
        # village called Kudu")
        found = [t for t in found if not (_NAME_GIVEN_BEFORE.search(text, max(0, t.start - 40), t.start)
                                          and not _PLACE_CALLED_BEFORE.search(text, max(0, t.start - 40), t.start))]
    if found and (" says" in s.text or " said" in s.text or " told" in s.text):
        # "..., the Lasbela deputy commissioner says": the office the source holds, not a scene
        found = [t for t in found if not _OFFICE_OF_PLACE_AFTER.match(text, t.end)]
    if found and ("'s " in s.text or "’s " in s.text):
        # "The Security Media Cell, which speaks for Iraq's security forces, said ...": no scene in Iraq as a whole
        found = [t for t in found if not ((t.feature_code or "").upper().startswith("PCL")
                                          and _STATE_BODY_AFTER.match(text, t.end))]
    if len(found) > 1 and ("neighbo" in s.text or "quarter" in s.text or "suburb" in s.text):
        # "26 Jun – Maroua: Police arrested 12 people in the Domayo and Pitoaré neighbourhoods": quarters of the town
        # the sentence names, not namesakes elsewhere
        found = [t for t in found if not _QUARTER_AFTER.match(text, t.end)] or found
    if found and " border" in s.text:
        # "attacked an army post in the far north of the country near the border with Burkina Faso", "on the road
        # towards the Burkina Faso border": the country across the border is the scene's bearing, not the scene
        # (the sentences after it may name the post's town)
        found = [t for t in found if not ((t.feature_code or "").upper().startswith("PCL")
                                          and (BORDER_WITH.search(text, max(0, t.start - 30), t.start)
                                               or _BORDER_AFTER.match(text, t.end)))]
    if found and " from " in s.text:
        # "a second soldier, a 20-year-old from Huila, had died": where a person comes from
        # (a country of origin stays: a frame placed only in a country is dropped, not moved to the next town named)
        found = [t for t in found if (t.feature_code or "").upper().startswith("PCL")
                 or not _PERSON_FROM_BEFORE.search(text, max(0, t.start - 50), t.start)]
        # "teachers, parents and community leaders from Nentón and Cuilco, marched to the Governorate": where the
        # marchers came from, not where they marched ("youths from Ikole blocked the highway" protest at home)
        found = [t for t in found if not (_ORIGIN_BEFORE.search(text, max(0, t.start - 60), t.start)
                                          and _ORIGIN_AFTER.match(text, t.end))]
        # "300 displaced people marched from the Lubunga commune to the provincial assembly": where a march set out
        found = [t for t in found if not (_MARCHED_FROM_BEFORE.search(text, max(0, t.start - 30), t.start)
                                          and _TO_AFTER.match(text, t.end))]
        # "fired on a passenger coach travelling from Rawalpindi to Gilgit ... near Thor": a journey's ends, when
        # the sentence names the spot
        ends = [(s.start + m.start(g), s.start + m.end(g)) for m in _JOURNEY.finditer(s.text) for g in (1, 2)]
        if ends:
            found = [t for t in found if not any(a <= t.start < b for a, b in ends)] or found
        # "a contingent of the Rapid Intervention Unit sent from Nampula retook the building": where troops came from
        found = [t for t in found if not _SENT_FROM_BEFORE.search(text, max(0, t.start - 40), t.start)]
        # "armed youth from Budi County raided a cattle camp outside Kapoeta town": where raiders came from, when
        # the sentence names where they struck
        found = [t for t in found if not (_RAIDERS_FROM_BEFORE.search(text, max(0, t.start - 40), t.start)
                                          and _RAIDED_AFTER.match(text, t.end))] or found
    if found and ("ospital" in s.text or "linic" in s.text or "nfirmary" in s.text or "edical" in s.text
                  or "treated" in s.text or "recovering" in s.text):
        spans = [(s.start + m.start(), s.start + m.end()) for m in _TAKEN_TO_HOSPITAL.finditer(s.text)]
        found = [t for t in found if not any(a <= t.start < b for a, b in spans)]
    if found and ("arraign" in s.text or "court" in s.text or "remand" in s.text):
        # "... arrested seven people, who are expected to be arraigned in Lamu today": the court's town
        spans = [(s.start + m.start(), s.start + m.end()) for m in _COURT_TOWN.finditer(s.text)]
        found = [t for t in found if not any(a <= t.start < b for a, b in spans)]
    if len(found) > 1 and (" agreed in " in s.text or " signed in " in s.text or " brokered in " in s.text):
        # "the TNLA handed over Namtu to the regime under the Chinese-brokered truce agreed in Kunming": where a deal
        # was made, when the sentence names the place it is about
        found = [t for t in found if not _DEAL_IN_BEFORE.search(text, max(0, t.start - 12), t.start)] or found
    return choose_location(text, (s.start, s.end), found, s.start)


_DEAL_IN_BEFORE = re.compile(r"\b(?:agreed|signed|brokered) in $")
# Where suspects are to be tried is not where they were held: "expected to be arraigned in Lamu today"
_COURT_TOWN = re.compile(r"\b(?:arraigned|charged|remanded|tried|appear(?:ed|s)? (?:before|in) (?:a |the )?(?:[\w-]+ )?court)"
                         r"\s+(?:(?:at|before) (?:the\s+)?(?:[\w-]+ ){0,3}?court\s+)?in\s+(?:the\s+(?:city|town)\s+of\s+)?"
                         r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}", re.I)


# A roundup's line that sums its week: "BY THE NUMBERS: 3 killed, 4 injured and 11 detained"
_BY_THE_NUMBERS = re.compile(r"^\W*(?:by the numbers|in numbers|the week in numbers|(?:this|the) week'?s? (?:toll|tally|"
                             r"figures)|numbers of the week|key figures)\s*[:–—-]", re.I)
# ("a message circulating on social media this morning claiming that herders had attacked Agagbe")
# (not "the Ministry of Information said that ...": a body's name)
_HEARSAY = re.compile(r"\b(?:messages?|posts?|rumou?rs?|claims|videos?|social media reports|(?<!of )information) (?:[\w-]+ ){0,6}?(?:claiming|alleging|"
                      r"suggesting|that|(?:also )?(?:claimed|alleged|suggested)|purport(?:ing|ed|s) to show|purportedly showing) "
                      r"(?:that )?|"
                      # "Our correspondent in Pemba says a rumour of an attack on the outskirts spread on social media"
                      r"\brumou?rs? (?:of|about) (?:an? |the )?|"
                      # "Social media claims of a drone strike on a checkpoint at Abu Grein are false"
                      r"\b(?:social media|online) claims? of (?:an? |the )?|"
                      # "videos circulating on social media appear to show fighting": what a video seems to show
                      r"\b(?:videos?|footage|images|photos|pictures) (?:[\w-]+ ){0,5}?appears? to show (?:an? |the )?|"
                      # "Reports on social media of an attack on Bili on 14 June were not confirmed": a rumour unconfirmed
                      r"\b(?:reports?|rumou?rs|claims|posts) (?:circulating )?(?:on|in) (?:social media|messaging apps|"
                      r"WhatsApp|Facebook|Telegram|X)\s+(?:[\w-]+ ){0,3}?(?:of|about) (?:an? |the )?|"
                      # "An unconfirmed report of a further attack near Beinamar ... is being verified"
                      r"\b(?:an? |the )?(?:unconfirmed|unverified) (?:reports?|claims?|accounts?) (?:of|about|that) (?:an? |the )?|"
                      # "The Service denies information spread by some media outlets that police fired warning shots"
                      r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:es|ed)) (?:the )?(?:information|"
                      r"reports?|claims?|allegations?|news|rumou?rs?)\b(?:[^.;]{0,80}?)\b(?:that|about|of) (?:an? |the )?", re.I)
# A line that sums up a period's results: "In all, within the period under review, troops ..."
_SUMS_UP = re.compile(r"^\W*(?:\d{1,2}[.)]\s+)?(?:in all|in total|overall|altogether|cumulatively),?\s+(?:within|during|in|over|for) "
                      r"the (?:period|week|month|fortnight|days?)(?: under review| covered| reviewed)?\b", re.I)
# A brief's line for what it could not confirm: "Unverified: ...", "Unconfirmed reports:", "Not included:"
# ("18 Sep - UNCONFIRMED - Gaya department (Dosso): ...": after the entry's day)
_UNVERIFIED_LABEL = re.compile(r"^\W*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?[–—-]\s*|\d{1,2}(?:/\d{1,2}|\s+[A-Za-z]{3,9}\.?)\s*[–—-]\s*)?(?:unverified|unconfirmed|not (?:yet )?(?:verified|confirmed|included)|rumou?rs?)"
                               r"(?: reports?| information| incidents?)?\s*[:–—-]", re.I)
# A count of many events over a short period, or deaths summed over several: no one event ("27 assaults ... over the
# past day", "killed ... in two attacks ... since 2 September")
_TALLY = re.compile(r"\b(?:[3-9]|[1-9]\d{1,3}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|dozens of) (?:[\w-]+ )?"
                    r"(?:assaults|attacks|strikes|shellings|bombardments|raids|sorties|offensive actions|attempts)\b", re.I)
# A day's tally told by its targets or its shots: "fired 142 times on 31 settlements", "shelled 14 settlements"
_TALLY_TARGETS = re.compile(r"\b(?:(?:[3-9]|[1-9]\d{1,3}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                            r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|dozens of) (?:[\w-]+ )?"
                            r"(?:settlements|localities|communities|villages|towns|populated areas|hromadas)|"
                            r"(?:[1-9]\d{1,3}|dozens of) times)\b", re.I)
_IN_N_EVENTS = re.compile(r"\b(?:in|during|across) (?:two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:separate )?"
                          r"(?:[\w-]+ )?(?:attacks|incidents|raids|clashes|assaults|strikes|ambushes)\b", re.I)
_SINCE_DAY = re.compile(r"\bsince (?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}\b|(?:last )?(?:monday|tuesday|wednesday|thursday|"
                        r"friday|saturday|sunday)|the (?:start|beginning) of)", re.I)
# A sentence opening on its day ("On Monday, soldiers exchanged fire ...")
_DATE_OPENING = re.compile(r"^\W*(?:(?:early |late )?on |in the (?:early hours|morning|evening|night) of )?(?:monday|tuesday|"
                           r"wednesday|thursday|friday|saturday|sunday|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}\b)", re.I)
_ON_TWO_DAYS = re.compile(r"\b(?:strikes|attacks|airstrikes|air strikes|raids|clashes|shelling|bombardments|assaults) "
                          r"(?:on|between) (?:\d{1,2}|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) "
                          r"(?:and|to|[-–]) (?:\d{1,2} (?:january|february|march|april|may|june|july|august|september|"
                          r"october|november|december)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.I)
_TALLY_PERIOD = re.compile(r"\b(?:over|in|during|within) the (?:past|last|previous) (?:day|24 hours|twenty-four hours|"
                           r"\d+ (?:hours|days)|(?:two|three|several|few) days|week)\b", re.I)
# A report whose own sentence says it was not confirmed: "8 Nov – Reports of an ambush on a convoy near Kolo could
# not be confirmed" (a brief's date label allowed before it; "24 Oct – Rada` (Al Bayda): Social-media reports of a
# tribal sit-in ... could not be confirmed": a log's labels first)
_REPORTS_NOT_CONFIRMED = re.compile(r"^\W*(?:[^.;:–—]{1,40}?\s?[–—:-]\s+){0,2}(?:[\w-]+ ){0,3}?(?:reports?|claims?|"
                                    r"accounts?) (?:of|that|about)\b[^.;]{3,150}?\b(?:could|can|have|has|had|were|was|"
                                    r"are|is)(?:n['’]t| not)(?: yet)? (?:be |been )?(?:independently )?(?:confirmed|"
                                    r"verified|corroborated|substantiated)\b|"
                                    # "UNHCR has also received reports of an attack on a village ... that it has not yet
                                    # been able to verify"
                                    r"^[^.;]{0,60}?\breports? (?:of|that|about)\b[^.;]{3,150}?\b(?:that|which) (?:it|we|they|the [\w-]+) "
                                    r"(?:has|have|had|could|can|was|were)(?:n['’]t| not)(?: yet)? (?:been )?(?:able to )?"
                                    r"(?:verify|confirm|corroborate)\b|"
                                    # "Media reports of an ISIS ambush on shepherds were denied by Ninawa Operations
                                    # Command", "Reports of fighting in Kumwon were later found to relate to celebratory
                                    # gunfire": reports taken back
                                    # ("A report circulated on social media about an attack on a bakery ... was denied")
                                    r"^\W*(?:[^.;:–—]{1,40}?\s?[–—:-]\s+){0,2}(?:[\w-]+ ){0,2}?(?:reports?|claims?|"
                                    r"accounts?|rumou?rs?) (?:(?:circulat\w+|posted|shared|published) (?:[\w-]+ ){0,3}?)?(?:of|that|about)\b"
                                    r"[^.;]{3,150}?\b(?:were|was|have been|has been) "
                                    r"(?:later |since |quickly |officially )?(?:denied|dismissed|rejected|refuted|"
                                    # ("... were later assessed as a false alarm")
                                    r"found to\b|(?:assessed|confirmed|shown|determined|established) (?:as|to)\b)|"
                                    # "Rumours of an attack on the port of Moba on Sunday are unfounded"
                                    # ("07 Jul – Nangarhar: Reports of an IED found near a school proved false")
                                    r"^\W*(?:[^.;:–—]{1,40}?\s?[–—:-]\s+){0,2}(?:[\w-]+ ){0,2}?(?:reports?|claims?|rumou?rs?) "
                                    r"(?:of|that|about)\b[^.;]{3,150}?\b(?:are|is|were|was|proved|proved to be) (?:entirely |completely |totally )?(?:unfounded|"
                                    r"baseless|false|untrue|fake)\b|"
                                    # "Reports of an explosion near the airport circulated on social media; this was
                                    # later confirmed to have been a transformer fire"; "Rumours of insurgents on the
                                    # outskirts caused panic": what circulated, no report
                                    r"^\W*(?:[^.;:–—]{1,40}?\s?[–—:-]\s+){0,2}(?:[\w-]+ ){0,3}?(?:reports?|claims?|rumou?rs?) "
                                    r"(?:of|that|about)\b[^.;]{3,150}?\bcirculat\w+|"
                                    r"^\W*(?:[^.;:–—]{1,40}?\s?[–—:-]\s+){0,2}(?:an? |the )?rumou?rs? (?:of|that|about)\b|"
                                    # "18 Jun – Pomolo: Reports of gunfire caused panic among residents; police later
                                    # established that it was celebratory shooting at a wedding": no violence after all
                                    r"^\W*(?:[^.;:–—]{1,40}?\s?[–—:-]\s+){0,2}(?:[\w-]+ ){0,3}?(?:reports?|sounds?|news) of "
                                    r"(?:heavy )?(?:gunfire|gunshots|shooting|shots|explosions?|blasts?)\b[^.]{0,160}?\b(?:celebratory|"
                                    r"fireworks|controlled (?:detonation|explosion))\b|"
                                    # "No new attack was reported in Anbar on Tuesday": a day without the event
                                    r"^\W*(?:[^.;:–—]{1,40}?\s?[–—:-]\s+){0,2}no (?:new |further |other |major )?(?:attacks?|"
                                    r"incidents?|clashes|casualties|violence|fighting) (?:was|were|has been|have been|had been) "
                                    r"(?:reported|recorded|registered)\b|"
                                    # '"There was no attack, no clash and no terrorist incident in Nouakchott," the police
                                    # spokesman said': a denial
                                    r"^\W*(?:[^.;:–—]{1,40}?\s?[–—:-]\s+){0,2}[\"“]?there (?:was|were|has been|have been|had been) "
                                    r"no (?:[\w-]+ )?(?:attacks?|clash(?:es)?|incidents?|explosions?|blasts?|shooting|gunfire|"
                                    r"fighting|abductions?|kidnappings?)\b|"
                                    # ("The police said there had been no attack and urged residents not to share
                                    # unverified messages": the same denial, reported)
                                    r"^[^.;\"“]{0,60}?\b(?:said|says|stated|insisted|stressed|confirmed)\s+(?:that\s+)?there "
                                    r"(?:was|were|has been|have been|had been) no (?:[\w-]+ )?(?:attacks?|clash(?:es)?|"
                                    r"incidents?|explosions?|blasts?|shooting|gunfire|fighting|abductions?|kidnappings?)\b|"
                                    # "A drone was reportedly intercepted over the city; ... the report could not be
                                    # confirmed": a report the writer could not confirm, told so in its own sentence
                                    r"^[^.]{0,200}?\breportedly\b[^.]{0,200}?\bthe (?:report|claim|information) (?:could|can)(?:n['’]t| not)(?: yet)? "
                                    r"be (?:independently )?(?:confirmed|verified)\W*$|"
                                    # ("Ninawa Operations Command denied reports of an ambush on shepherds")
                                    r"^\W*(?:[^.;:–—]{1,40}?\s?[–—:-]\s+){0,2}(?:[\w'’-]+ ){1,5}?(?:denied|dismissed|"
                                    r"rejected|refuted) (?:the |media |local |online )?(?:reports?|claims?|rumou?rs?) (?:of|that)\b",
                                    re.I)
# A live blog going back on what it reported: "On the reports of shooting in Meru we mentioned earlier: ..."
_GOING_BACK = re.compile(r"\W*(?:on|about|regarding) the (?:earlier )?reports? (?:of|about) (?:[\w'’-]+ ){1,6}?we "
                         r"(?:mentioned|reported|told you about|had)\b", re.I)
_CALLS_INTRO = re.compile(r"\b(?:call(?:s|ed)? (?:on|upon)|urg(?:es|ed)|demand(?:s|ed)?|recommend(?:s|ed)?|asks?|appeal(?:s|ed)? to)\b"
                          r"[^.;:]{0,120}:(?=[ \t]*(?:\n|$))", re.I)
_ARMED_DEMAND = re.compile(r"\b(?:militiamen|militias?|gunmen|fighters|rebels|militants|kidnappers|abductors|insurgents|"
                           r"jihadists|bandits|hostage-takers|armed men)\b[^.;]{0,120}?\b(?P<demand>demand(?:ed|ing|s)?)\b", re.I)
# An item of a release's list of events: "Third: On Thursday, ...", "2. On 11 July, ...".
_ITEM_LABEL = re.compile(rf"^\s*(?:{_ORDINAL_ITEM}|\d{{1,2}}[.)]\s)", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*]|\d{1,2}[.)])\s")
_ROAD_BETWEEN = re.compile(r"[–—-][A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)? (?:road|highway|motorway|expressway)\b")
_ROAD_BETWEEN_END = re.compile(r" (?:road|highway|motorway|expressway)\b")
_ROAD_BETWEEN_START = re.compile(r"[A-Z][\w'’]+[–—-]$")
_RIVER_AFTER = re.compile(r"\s+[Rr]iver\b")
_ROUTE = re.compile(r"\bfrom (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:to|towards) (?:the )?[A-Z]")
# ("suspected of supplying JNIM units in the Macina area": what they did there; not "a man suspected of theft at
# Mpondwe", where the place is the scene's)
# (not "two men accused of being collaborators were killed by a crowd in Namialo": the clause ended at its verb)
_SUSPECTED_OF_BEFORE = re.compile(r"\b(?:suspected|accused) of [a-z]+ing (?:(?!(?:were|was|are|is|have|has|had)\b)[\w'’-]+ ){0,7}?"
                                  r"(?:in|at|near|around) (?:the )?$")
_PERSON_FROM_BEFORE = re.compile(r"\b(?:\d+-year-old|natives?|residents?|professional|(?:young |old )?(?:man|woman|boy|girl)|"
                                 # "two labourers from Tump were taken off a van at a checkpoint near Hoshab"
                                 r"labou?rers|workers|fishermen|herders|students|traders|merchants|migrants|pilgrims|"
                                 # "a group of about 200 youths, most of them from Nyamwaga, gathered at Tarime"
                                 r"(?:most|many|some|all) of them)"
                                 r"(?: [\w-]+){0,2} (?:originally )?from (?:the )?(?:(?:town|village|city|province|department|"
                                 r"region|state|district) of )?$")
_MARCHED_FROM_BEFORE = re.compile(r"\b(?:marched|walked|paraded|processed|trekked|set out|started) from (?:the )?$", re.I)
_TO_AFTER = re.compile(r"(?:\s+(?:commune|district|neighbou?rhood|quarter|area|camp|market|roundabout|square))?\s+(?:to|towards)\b",
                       re.I)
_ORIGIN_AFTER = re.compile(r"(?:(?:,| and) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)*,? (?:(?:\w+ly|then|all) )?(?:marched|walked|"
                           r"travell?ed|converged|came|rode|drove|trekked)\b")
_ORIGIN_BEFORE = re.compile(r"\b(?:leaders|residents|people|members|representatives|delegates|delegations?|families|"
                            r"students|farmers|traders|teachers|workers|activists|villagers|youths|women|men) (?:who (?:came|travell?ed) )?"
                            r"from (?:the )?(?:(?:villages?|towns?|communities|municipalities|districts?) of )?"
                            r"(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,? (?:and )?){0,3}$")
# (only in an apposition describing a place: "on the road between Bint Jbeil and Ainata" is where a strike hit)
_ROAD_ENDS_BEFORE = re.compile(r", (?:a|an|the) (?:[\w-]+ ){0,3}?(?:town|village|city|hamlet|locality|settlement|junction|"
                               r"crossroads|market town|outpost) (?:on|along|astride) (?:the )?(?:[\w-]+ ){0,3}?"
                               r"(?:road|highway|route|motorway|expressway|axis|corridor) between (?:the )?$", re.I)
_ROAD_ENDS_AND_BEFORE = re.compile(_ROAD_ENDS_BEFORE.pattern[:-1] + r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? and $", re.I)
_JOURNEY = re.compile(r"\b(?:travell?ing|heading|bound|en route|on (?:its|their|his|her) way|driving|going|plying|"
                      r"moving|sailing|flying) from (?:the )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:to|towards|for) (?:the )?"
                      r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
_SENT_FROM_BEFORE = re.compile(r"\b(?:sent|dispatched|deployed|brought|flown|drafted|called|redeployed|rushed) (?:in )?"
                               r"from (?:the )?(?:(?:town|city|province|region|district) of )?"
                               r"(?:(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?,? (?:and |or )?)?$", re.I)
_RAIDERS_FROM_BEFORE = re.compile(r"\b(?:youths?|gunmen|militiamen|militias?|fighters|raiders|attackers|assailants|herders|"
                                  r"men|bandits|rebels)(?: [\w-]+)? from (?:the )?$", re.I)
_RAIDED_AFTER = re.compile(r"(?: (?:county|district|village|area|state|province|region|town))?,? (?:[\w-]+ ){0,3}?"
                           r"(?:raided|attacked|stormed|invaded|ambushed|crossed into|struck)\b", re.I)
# "A Jukun community leader told Reuters ...", "Sofala police said ...": a name that says who speaks, not the scene.
# "..., an officer in Bangassou, the provincial capital, said": where the one who speaks sits, no scene
_SPEAKER_IN = re.compile(r"\b(?:an?|the|one) (?:[\w-]+ ){0,2}(?:officer|official|resident|doctor|nurse|witness|"
                         r"spokes(?:man|woman|person)|commander|journalist|aid worker|administrator) (?:based )?in\s+(?:the\s+)?$",
                         re.I)
_SAID_SOON = re.compile(r"(?:,[^,.;]{1,50},)?\s+(?:said|says|told)\b")
_SOURCE_AFTER = re.compile(r"\s+(?:(?:community|youth|traditional|local|civil society|religious|district|county|provincial) "
                           r"(?:leaders?|officials?|chiefs?|elders?|spokes(?:man|woman|person))|police (?:say|said|says|told)|"
                           r"officials? (?:say|said|says|told)|"
                           # "The head of the Poltava regional military administration said": the body that speaks
                           r"(?:(?:regional|provincial|oblast|city|district|state|military|civil(?:ian)?)\s+){0,3}"
                           r"(?:administration|authorities|governorate)(?:['’]s? \w+)? (?:say|said|says|told|reported))\b")
_ROAD_TO_BEFORE = re.compile(r"\b(?:(?:block\w*|clos\w*|cut(?:ting)?|barricad\w*|seal\w*|shut\w*) (?:off )?|"
                             # "fell back toward the road to Wamaza": where a retreat headed, no scene
                             r"(?:fell|falling|pulled|pulling) back (?:toward|towards|along|to|on)? ?|"
                             r"(?:retreat\w*|withdr[ae]w\w*|fled|fleeing) (?:toward|towards|along|to|on) |"
                             # "blocked the bridge over the Guaviare river on the road to Villavicencio"
                             r"block\w* (?:[\w'’-]+ ){1,8}(?:on|along|of) )(?:the |a )?"
                             r"(?:main |only |busy |national )?(?:road|roads|highway|route|motorway|railway|track)s? "
                             r"(?:leading |that leads |running )?"
                             r"(?:to|towards)\s+(?:the\s+)?(?:(?:city|town|capital|village) of\s+)?$", re.I)
# "demands, including the deployment of soldiers to Kaiama, Baruten and Ifelodun": where forces are asked or sent.
_DEPLOYMENT_TO_BEFORE = re.compile(r"\b(?:deployment|dispatch|sending|redeployment) of (?:more |additional |extra )?(?:[\w-]+ ){0,2}"
                                   r"(?:soldiers|troops|police|officers|reinforcements|forces|personnel|units) to "
                                   r"(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,? (?:and )?){0,4}$")
_PLACE_PHRASE = re.compile(r"\b(?i:in|at|near|outside|of)\s+(?i:the\s+)?(?i:(?:town|city|village|villages|district|"
                           r"province|region|state|area)\s+of\s+)?([A-Z][a-z]{2,})")
_NAME_BEFORE_OF = re.compile(r"\b(?-i:[A-Z])[a-z]+ $")
_NOT_PLACE = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|"
                        r"Addition|Total|Response|Retaliation|Particular|Fact|Order|Front|Plaza|Avenida|Calle|Piazza|"
                        r"Praça|Rua|Place|Boulevard|Avenue|Street|Square|Park|Paseo|"
                        # "(Articles 166 and 173 of the Code of Administrative Offences)": a law, not a place
                        r"Code|Act|Law|Constitution|Article|Articles|Section|Chapter|Decree|Criminal|Penal)$")


def _mentions_place(s: Sentence, own_place: Place | None) -> bool:
    if own_place is not None:
        return True
    text = _TAKEN_TO_HOSPITAL.sub(" ", s.text)
    if "arraign" in text or "court" in text or "remand" in text:
        text = _COURT_TOWN.sub(" ", text)
    # "Volunteers for the Defence of the Homeland", "Bank of Baghdad": a name, not a place phrase.
    found = [m for m in _PLACE_PHRASE.finditer(text)
             if not _NOT_PLACE.match(m.group(1)) and not _NAME_BEFORE_OF.search(text, 0, m.start())]
    if not found:
        return False
    # "the superior firepower of the Police": an actor the text names, not a place.
    actors = find_actors(text)
    return any(not any(a.start <= m.start(1) < a.end for a in actors) for m in found)


# ("the AFC/M23 spokesman said in a statement that his forces had 'neutralised 23 militiamen'")
_OWN_ACCOUNT = re.compile(r"\b(?:said|says|claimed|confirmed|announced|stated)\s+(?:in an? (?:[\w-]+ ){0,2}?(?:statement|"
                          r"communiqu[eé]|message|post|video)\s+)?(?:that\s+)?(?:it|they|its \w+|their \w+|his \w+|"
                          r"the \w+)\s+(?:\w+\s+)?had\s+[\"“]?(?:\w+\s+)?(?:struck|hit|targeted|killed|attacked|bombed|"
                          r"shelled|raided|destroyed|carried out|conducted|launched|neutrali[sz]ed|eliminated)\b", re.I)
# "In a communiqué issued on 28 October, the army said ...": the day of the statement, not of the event
_ISSUED_ON = re.compile(r"^in an? (?:statement|report|communiqu[eé]|briefing|video|message|press release|post) "
                        r"(?:released|issued|published|given|read|broadcast|aired|posted)(?: [\w-]+){0,4}? on [^,;]{3,30},", re.I)
# "JNIM claimed the attack, saying it killed five": the attackers' own figure, after the report's toll. ACLED takes
# the most conservative figure, so a claim never adds to the dead the report counted. (Not "the army said it had
# killed 12 militants": a side's account of the other side's dead, which the report counts.)
_DISOWNED_AFTER = re.compile(r"\s*[^.;\n]{0,60}?\b(?:could not|cannot|can ?not|couldn['’]t|was unable to|were unable to|"
                             r"has not been able to|have not been able to)\s+(?:\w+\s+)?(?:verify|confirm)\b", re.I)
# "..., a figure the army dismissed as propaganda": the figure just told, denied as it is told (not "; the SPLM-N
# denied this, saying it lost two fighters": the denial's own figure stands)
_FIGURE_DISMISSED = re.compile(r"\b(?:a|the) (?:claim|figure|toll|number)\s+(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                               r"(?:has\s+|have\s+)?(?:denied|rejected|dismissed|refuted)\b", re.I)
# ", but that figure could not be confirmed": the writer disowns the figure the sentence just gave
_FIGURE_UNCONFIRMED = re.compile(r"\b(?:that|this|the|a) (?:figure|claim|toll|number)\b[^.;]{0,30}?\b(?:could not|cannot|"
                                 r"can ?not|couldn['’]t|has not been|have not been|had not been|was not|were not|is not)\s+"
                                 r"(?:be\s+)?(?:independently\s+)?(?:confirmed|verified)\b", re.I)
# "the Wazalendo said they had killed 12 rebels", "the army says it killed 15 militants": a side's word for its enemy's dead
_SIDE_SAYS_IT_KILLED = re.compile(r"\b(?:said|says|claimed|claims|announced|reported)\s+(?:that\s+)?(?:they|it)\s+"
                                  r"(?:had\s+|have\s+|has\s+)?(?:killed|neutrali[sz]ed|eliminated)\b", re.I)
# "Al-Shabaab said in a statement on its radio station that it had killed ...": a side's word for its own kills
_SIDE_SAID_IT_KILLED = re.compile(r"\b(?:said|says|claimed|claims|announced|stated)\b[^.;]{0,80}?\bthat (?:it|they) "
                                  r"(?:had |have |has )?(?:killed|shot dead|neutrali[sz]ed|eliminated)\b", re.I)
# "..., which the military denied", "; the army denied this", "a claim the police rejected": the other side's denial
_CLAIM_DENIED = re.compile(r"\b(?:which|a claim|a figure|an account)\s+(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:has\s+|have\s+)?"
                           r"(?:denied|rejected|dismissed|refuted)\b|;\s+(?:but\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                           r"(?:denied|rejected|dismissed|refuted)\s+(?:this|that|it|the (?:claim|figure))\b", re.I)
# "This figure could not be confirmed by other sources": the writer disowns the one figure just told
_THIS_FIGURE_DISOWNED = re.compile(r"\s*(?:this|that) (?:figure|claim|toll|number)\s+(?:could not|cannot|can ?not|couldn['’]t)\s+"
                                   r"be (?:independently )?(?:verified|confirmed)\b", re.I)
# "The service says one of the intruders was killed ... We cannot verify the claim", "The army said 'around forty
# terrorists were neutralised' ... AFP was unable to verify the claim": a source's figure, told after the report and
# called a claim the writer could not verify in the next sentence, is that source's claim (not "We have not been able to
# confirm the figures independently": the writer's caution about a count it reports)
_SOURCE_SAYS = re.compile(r"\b(?:says?|said|claims?|claimed|according to|reported)\b", re.I)
_DISOWNING_NEXT = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:could not|cannot|can ?not|couldn['’]t|was unable to|were unable to|"
                             r"has not been able to|have not been able to)\s+(?:independently\s+)?(?:verify|confirm)\s+"
                             r"(?:the|this|that|these|those|either|both)\s+claims?\b|"
                             r"\s*(?:the|this|that|these|those|neither) claims? (?:could not|"
                             r"cannot|can ?not|couldn['’]t|has not been|have not been|was not|were not) (?:be )?"
                             r"(?:independently )?(?:verified|confirmed)\b", re.I)
_CLAIMED_TOLL = re.compile(r"\b(?:claim(?:ed|s|ing)\b[^.;]{0,80}?\b(?:saying|adding)|claimed|claiming)\s+"
                           r"(?:that\s+)?(?:it|they|its (?:\w+ )?(?:fighters|men|militants|forces|units)|their "
                           r"(?:fighters|men))\s+(?:had\s+)?[\"“]?(?:killed|shot dead|eliminated|neutrali[sz]ed|executed)\b|"
                           r"\bclaim(?:ed|s|ing) to have (?:killed|shot dead|eliminated)\b|"
                           # "Al-Shabab said in a statement on its affiliated websites that its fighters had killed six
                           # officers": an armed group's word for what its fighters did is its claim
                           r"\b(?:said|says|announced|stated)\b[^.;]{0,80}?\bthat\s+its\s+(?:\w+\s+)?(?:fighters|mujahideen|"
                           r"militants)\s+(?:had\s+)?(?:killed|shot dead|eliminated|neutrali[sz]ed)\b|"
                           # "JNIM claimed the attack on 8 Apr, asserting that eleven soldiers had been killed"
                           r"\bclaim(?:ed|s|ing)\b[^.;]{0,80}?,\s+(?:asserting|alleging|stating|saying)\s+(?:that\s+)?"
                           r"[^.;]{0,40}?\b(?:had been|were|have been) (?:killed|shot dead)\b|"
                           # "He said the militia killed 11 al-Shabaab fighters, but we have not been able to verify
                           # this figure": a figure the reporter disowns in the same breath
                           r",\s+but\s+[^.;]{0,40}?\b(?:could not|cannot|can ?not|couldn['’]t|not been able to|unable to)\s+"
                           r"(?:independently\s+)?(?:verify|confirm)\b|"
                           # 'Mobondo-affiliated accounts claimed "more than 15" soldiers killed – unverified'
                           # ("The TPNPB's command claimed three soldiers killed; the TNI denied this")
                           r"\bclaim(?:ed|s|ing)\s+[\"“]?(?:more than |over |at least |up to )?(?:\d+|(?:two|three|four|"
                           r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens) "
                           r"(?:[\w-]+ ){0,2}?(?:killed|dead)\b)|[–—-]\s*unverified\b|"
                           # "JNIM's claim of 40 dead is unverified"
                           r"\bclaims? of (?:more than |over |at least |up to |about |some )?\d+|"
                           # "Community leaders speak of at least ten bodies, a figure the authorities have not confirmed"
                           # ("a claim Magway Mirror could not verify")
                           r"\ba (?:figure|claim|toll|number)\b[^.;]{0,50}?\b(?:not|n['’]t|unable to)\b[^.;]{0,20}?\b(?:confirm|verif)\w*",
                           re.I)
# '... gives four soldiers killed and nine wounded and claims "about thirty terrorists neutralised"; JNIM's media outlet
# claims 20 soldiers killed', "JNIM's claim of 40 dead is unverified": a claim beside a reported figure is a side's
# boast, not the toll (ACLED's conservative figure); where it is the sentence's only figure it stands ("HPG claimed 2
# Turkish soldiers were killed")
_CLAIM_CLAUSE = re.compile(r"\b(?:claim(?:s|ed|ing)\b(?! (?:responsibility|credit)\b| (?:the )?(?:\w+ )?li(?:fe|ves)\b)|"
                           r"claims? of\b)[^.;]*", re.I)


# "The mayor's office had reported five dead on Thursday morning", after "Seven people are now confirmed dead": the
# count as it stood before, not more dead
# (not "By Monday afternoon the mayor's office had counted nine dead": the count as it stood by then, later)
_EARLIER_COUNT = re.compile(r"^(?!\W*by\b).*?\b(?:had (?:initially |earlier |first )?(?:reported|given|put|counted|"
                            r"announced)|(?:initially|first|earlier) (?:reported|given|put|counted|announced))\b", re.I)
# (nor a claim the writer disowns: "An OLA statement claimed 20 soldiers killed; we have no independent casualty figures")
_UNCONFIRMED = re.compile(r"\b(?:no independent (?:casualty |confirmation|verification)|could not (?:be )?(?:independently )?"
                          r"(?:verify|verified|confirm|confirmed)|(?:un|not )(?:verified|confirmed)|"
                          # ("; neither figure could be verified")
                          r"neither (?:figure|claim|account|toll|number) could be (?:independently )?(?:verified|confirmed))",
                          re.I)


# "The PDF says more than twenty soldiers were killed and that it lost two of its own fighters", in a paragraph that
# could confirm neither side's account: a side's count of its enemy's dead, told beside the losses it admits, is its
# boast; ACLED keeps the conservative figure, the admitted losses (blanked: offsets hold)
_SIDE_SAYS = re.compile(r"^\W*(?:[\w'’()-]+\s+){1,6}?(?:says?|said|claims?|claimed|insists?|insisted|maintains?|maintained)"
                        r"\s+(?:that\s+)?", re.I)
_ADMITS_OWN = re.compile(r",?\s+(?:and|but|while)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:lost|losing)\b|"
                         # ("The group claims eight soldiers were killed and says one of its own fighters also died")
                         r",?\s+(?:and|but|while)\s+(?:says?|said|admits?|admitted|acknowledges?|acknowledged)\s+(?:that\s+)?"
                         r"(?:one|two|three|four|five|\d+) of (?:its|their) own\b", re.I)
_DISPUTED = re.compile(r"\b(?:could not (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)|"
                       r"(?:denied|disputed|contradicted|rejected) (?:the|these|those|this|that|both|either|its|their)\b)",
                       re.I)


def _admitted_losses_only(s: Sentence, text: str) -> str:
    m = _ADMITS_OWN.search(s.text) if " lost" in s.text or " losing" in s.text or " own" in s.text else None
    says = m and _SIDE_SAYS.match(s.text)
    if not says or says.end() >= m.start():
        return s.text
    a, b = text.rfind("\n", 0, s.start) + 1, text.find("\n", s.end)
    if not _DISPUTED.search(text[a:b if b >= 0 else len(text)]):
        return s.text
    # (the side's verb too: "The group claims ... and says one of its own fighters also died" is no claim left)
    return " " * m.start() + s.text[m.start():]


# The bomber's own death, told apart from the toll: "The bomber also died", "the attacker was also killed"
_BOMBER_ALSO_DIED = re.compile(r"\bthe (?:suicide |female |male |teenage |young )?(?:bomber|attacker) (?:also |himself |"
                               r"herself )?(?:died|was (?:also )?killed|perished)\b|"
                               # "Seven of our soldiers and two civilians ... were killed, along with the bomber"
                               r"\b(?:killed|died|dead),? (?:along with|as well as|together with) the (?:suicide )?bomber\b", re.I)
# (not where a figure already counts him: "at least five people, including the bomber, were killed")
_BOMBER_COUNTED = re.compile(r"\b(?:including|among them|among whom|counting) the (?:suicide |female |male )?bomber|"
                             r"\bkilling (?:himself|herself)\b|\bthe (?:suicide |female |male )?bomber and\b", re.I)


# The release as the main verb of those taken: "Two teachers kidnapped in Menchum division regained their freedom"
_FREED_MAIN = re.compile(r"^\W*(?:[\w'’-]+ ){1,4}?(?:kidnapped|abducted|seized|taken hostage|held hostage)\b[^.;]{0,80}?\b"
                         r"(?P<freed>regained their freedom|(?:were|was|have been|has been) (?:released|freed)|escaped)\b", re.I)


def _day_told(text: str, pub: dt.date) -> dt.date | None:
    """The sentence's day, unless it is only the day those taken were freed: "Two teachers kidnapped in Menchum
    division regained their freedom this afternoon" tells the abduction, whose day is told later or not at all."""
    m = _FREED_MAIN.search(text)
    if m is None and (taken := _FREED_WHO_WERE_TAKEN.search(text)) is not None \
            and (day := resolve_date(text[taken.start("who"):], pub)) is not None:
        # "an FARDC patrol freed five civilians ... who had been abducted by the militiamen on Saturday": the day
        # they were taken
        return day
    return resolve_date(text if m is None else text[:m.start("freed")], pub)


_FREED_WHO_WERE_TAKEN = re.compile(r"\b(?:freed|released|rescued|liberated)\b[^.;]{0,80}?\b(?P<who>who|that) (?:had been|were|was) "
                                   r"(?:abducted|kidnapped|seized|taken hostage)\b", re.I)
_QUOTED_WORDS = re.compile(r"\"[^\"]{1,200}\"|“[^”]{1,200}”")


def _without_claims(text: str, after: str = "") -> str:
    """The sentence without a side's claim of dead, when the report gives its own toll or says it could not confirm
    the claim (in the sentence, or in the next: "... and claimed to have killed 40 Russian soldiers. Reuters could not
    independently verify the battlefield reports")."""
    if "claim" not in text:
        if after and ('"' in text or "“" in text) and _THIS_FIGURE_DISOWNED.match(after):
            # '... adding that "about thirty terrorists were neutralised" during the counter-offensive. This figure
            # could not be confirmed': the source's quoted figure, disowned by the writer
            return _QUOTED_WORDS.sub(lambda m: " " * len(m.group(0)), text)
        return text
    blanked = _CLAIM_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)
    return blanked if blanked != text and (casualties.count("fatalities", blanked) or _UNCONFIRMED.search(text)
                                           or after and _DISOWNED_AFTER.match(after)) else text


_REPORT_DAY = re.compile(r"^(?:(?:late |early )?on |by |in a (?:statement|report|communiqu[eé]|briefing|video|message) "
                         # "In a communiqué read on national television on Monday evening, the ministry said ..."
                         r"(?:released|issued|published|given|read|broadcast|aired|posted)(?: [\w-]+){0,4}? on )?"
                         r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                         r"(?: (?:morning|afternoon|evening|night))?,? (?:[\w'’.()-]+,? ){1,12}?(?:said|told \w+|announced|"
                         r"reported|confirmed)(?: that)? (?:[\w,-]+ ){0,14}?had (?:been|died|recovered|found|received)\b", re.I)
# "By Tuesday evening nine men from both tribes had been arrested": how things stood by then, not that day's event.
_BY_THEN = re.compile(r"^by (?:(?:late |early )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                      r"(?: (?:morning|afternoon|evening|night))?|the (?:next|following) (?:day|morning|evening)|nightfall|"
                      r"dawn|noon|midday|(?:this|that|the) (?:morning|afternoon|evening|night)|then)\b[^.;]*?\bhad "
                      r"(?:\w+ )?(?:been|died|recorded|counted|registered|confirmed|reported|documented)\b", re.I)
# ("Earlier in the week, on Monday, ..." is this week's news, told after the latest.)
_EARLIER_OPENING = re.compile(r"^(?:(?:late |early )?last (?:month|week)|earlier (?:this|in the) month|earlier last (?:month|week)|"
                              r"(?:\w+|\d+|a|a few|several) (?:weeks|months|week|month) ago|"
                              r"in (?:a|an) (?:similar|earlier|previous|separate earlier) (?:attack|incident|raid|ambush))\b", re.I)
_DEMONSTRATIVE = re.compile(r"^(?:those|that) \w+", re.I)
# "The attacks in Gezira state, which the army recaptured early last year, were the deadliest there in months": said of
# the story's own events (the year is the relative clause's), so what follows is no more of a past event
_THE_STORYS_EVENTS = re.compile(r"^\W*(?:the|these|both|today's|yesterday's) (?:[\w'’-]+ ){0,2}?(?:attacks|strikes|killings|"
                                r"raids|bombings|incidents|assaults|ambushes)\b", re.I)
_WHICH_CLAUSE = re.compile(r",\s+which\s+(?:was|were|had been|has been|is|are)\b[^,;]*(?:,|(?=\.\s*$)|$)")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|where|whose)\b[^,;]*,")
# "troops who reached the vereda had found nine bodies": the dead counted where the event was
_FOUND_BODIES = re.compile(r"\b(?:found|recovered|retrieved|counted|collected) (?:\w+ ){0,3}(?:bodies|corpses)\b", re.I)
_BODIES_RECOVERED = re.compile(r"\b(?:bodies|corpses) (?:had |have )?(?:been |were )?(?:recovered|pulled|found|"
                               r"retrieved|buried)\b", re.I)
_OVERNIGHT = re.compile(r"\b(?:overnight|at night|in the night|night-time|nighttime)\b", re.I)
_FROM_THE_SITE = re.compile(r"\b(?:from|near|at|around) the (?:site of the )?(?:encounter|clash|ambush|attack|firefight|battle)\b",
                            re.I)
_SAME_SPOT_AGAIN = re.compile(r"\b(?:the same|that same) (?:village|town|city|area|locality|district|neighbou?rhood|"
                              r"spot|place|road|market|camp|county|municipality|township|commune|settlement)\b|"
                              # "an arms cache about two kilometres from the encounter site": the place of the clash told
                              r"\b(?:from|near|at|around) the (?:encounter|clash|ambush|attack|firefight|battle) (?:site|area|scene)\b|"
                              r"\b(?:from|near|at|around) the site of the (?:encounter|clash|ambush|attack|firefight|battle)\b",
                              re.I)
_THE_FIGURE = re.compile(r"\bthe (?:[\w-]+ )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.I)
# Openings that announce another event, even without a new place or day.
_NEW_EVENT = re.compile(r"^(?:in (?:a |an )?(?:separate|another|other|similar|related|second)|separately|elsewhere|"
                        r"also (?:on|in|at|near)|also(?=,)|another(?!\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen|"
                        r"person|man|woman|child|soldier|civilian|policeman|officer)\b)|in addition(?! to (?:the|those|this|that|these) "
                        # ("In addition to the woman killed, three people ... were injured": the toll of the event told)
                        r"(?:[\w-]+ ){0,3}?(?:killed|dead|wounded|injured|arrested|abducted))|similarly|meanwhile|earlier|"
                        r"on the same day|the same day)\b", re.I)


_ARRESTS_THEN = re.compile(r"^\W*(?:the )?(?:police|security forces|troops|soldiers|the army|officers)\s+(?:later\s+|have\s+|had\s+)?"
                           r"(?:arrested|detained)\s+(?:\w+\s+){1,3}?(?:overnight|later|afterwards|hours later|since)\W*$", re.I)


def _continues(g: _Group, s: Sentence, cues: Counter, own_place: Place | None, date: dt.date | None) -> bool:
    """Whether a sentence with event cues adds to the incident before it rather than opening a new one.

    A new place, a new day or another kind of event opens a new incident; the same event told again, its toll,
    its perpetrators or a source's account of it continues the current one, within the paragraph or the next two.
    """
    if own_place is None and not s.joined and _ARRESTS_THEN.match(s.text) and _only_arrests(cues) \
            and s.paragraph == g.sentences[-1].paragraph:
        # "... a grenade thrown into a bar ... on Saturday night killed two people. Police arrested three people
        # overnight.": those the event led to, told next in its paragraph
        return True
    if s.joined or taxonomy.label_prefix(s.text) or _NEW_EVENT.match(s.text) or relative_day(s.text[:40]):
        # "The following day, militants abducted ...": another day, another event (and the second event of a
        # summary that joined two)
        return False
    if own_place is not None and g.place is not None and not _same_spot(g.place, own_place) \
            and relative_day(s.text):
        # "In neighbouring Sokoto state, gunmen abducted 11 worshippers from a mosque in Dabage, a day before the
        # Farakuwa attack": an event at another place, on a day counted from the one just told
        return False
    if _CAME_DURING.match(s.text) or _FOLLOWED_AN_EVENT.match(s.text) or _BEFORE_THAT_EVENT.match(s.text):
        # "The strike came during a raid in which troops exchanged fire", "The shooting followed a protest in Ahvaz
        # on Sunday evening": the other event around it or before it
        return False
    if (_LATER_ON.match(s.text) or _THAT_TIME.match(s.text)) and (cues.get("protest") or cues.get("riot_word")) \
            and not (g.first.get("protest") or g.first.get("riot_word")) \
            or _THAT_TIME.match(s.text) and any(cues.get(k) for k in _MEANS) and not _same_kind(g, s, cues):
        # "Police arrested two men in Neiva on Monday in connection with the bombing. Hours later, several hundred
        # people marched through the center of Neiva": a crowd's own event, later, is never the arrests' or the attack's
        return False
    gap = s.paragraph - max(g.sentences[-1].paragraph, g.told_to)
    reporter = _REPORTER_SAYS.match(s.text) if gap <= 1 else None
    if reporter is not None and reporter.end() < len(s.text):
        # "... attacked an army position near Namoya || Our correspondent in Kampene reports that the militiamen ...
        # attacked the position at dawn": the outlet's reporter telling the event just told, from the town where
        # they sit; what they report is read as if it opened the sentence
        rest = replace(s, text=s.text[reporter.end():], start=s.start + reporter.end())
        seat_only = own_place is not None and own_place.name.lower() not in rest.text.lower()
        if _continues(g, rest, cues, None if seat_only else own_place, date):
            return True
        if date is None and (own_place is None or seat_only) and not _NEW_EVENT.match(rest.text) \
                and not _ELSEWHERE.search(rest.text):
            return True
    if gap <= 1 and own_place is None and date is not None and (g.date is None or 0 < (date - g.date).days <= 2) \
            and _BODIES_FOUND.search(s.text) and not _NEW_EVENT.match(s.text):
        # "... the exchange of fire went on for almost three hours. Two suspected insurgents were found dead inside
        # when officers entered the house at dawn on Thursday": the dead of the fight just told, found the next day
        return True
    if gap <= 1 and own_place is None and date is not None and date != g.date and _ANAPHOR.match(s.text) \
            and " and " in s.text and _same_kind(g, s, cues) \
            and resolve_date(s.text[:s.text.index(" and ")], g.date or date) is None:
        # "The march was peaceful and service resumed on Thursday": the event just told, and what came after it
        return True
    if gap <= 1 and own_place is None and date is None and _QUOTED_ACCOUNT.match(s.text) and not _NEW_EVENT.search(s.text):
        # 'Chief Superintendent Gavin Rainey said: "At approximately 9.15pm, a crowd of around 40 youths ...': an
        # official's own account, quoted, of the event just told
        return True
    said = _SAYING.search(s.text) if gap <= 1 else None
    if said is not None and _ANAPHOR.match(s.text[said.end():]) and not taxonomy.is_trigger(
            taxonomy.sentence_cues(s.text[:said.start()])) and not has_explicit_date(s.text[said.end():]) \
            and relative_day(s.text[said.end():]) is None and not _WEEKDAY_WORD.search(s.text, said.end()):
        # "The Chairman of Agatu LGA had on Wednesday morning put the figure at 11, saying the attackers invaded the
        # community at about 9pm": a source's figure, then its account of the event just told (the day is the
        # source's)
        return True
    if gap <= 1 and (g.date is None or date is None or date == g.date) and (_account_of_it(s.text)
                                                                         or _TOOK_PLACE.match(s.text)):
        # "A resident said the gunmen stormed the village at 11 p.m. on Sunday": how the event just told happened,
        # whatever finer place or hour it adds.
        return True
    if gap <= 1 and date is None and _WERE_DOING_WHEN.search(s.text) and _same_kind(g, s, cues) and (
            own_place is None or g.place is None or own_place.country_iso2 == g.place.country_iso2
            and same_admin(own_place.admin1, g.place.admin1)):
        # "Soldiers were responding to reports of extortion when they encountered about 15 rebels in Barangay San
        # Miguel": how the fight just told began
        return True
    if gap <= 1 and (date is None or date == g.date) and own_place is not None and g.place is not None \
            and own_place.geonames_id == g.place.geonames_id and _PLUPERFECT_START.search(s.text[:160]) \
            and _same_kind(g, s, cues):
        # "Security forces shot dead three people when they opened fire on demonstrators in Hawassa. || According to
        # eyewitnesses, thousands of young people had gathered near the Tabor area of Hawassa to protest": what
        # led up to the event just told, at its place
        return True
    if gap <= 1 and g.date is None and _the_spot_it_left_unnamed(g, s, own_place) \
            and not (own_place is not None and _ENTRY_TIME.match(s.text) and _another_spot_entry(s, own_place, g)):
        return True
    if gap <= 1 and (date is None or date == g.date) and (g.place is None or (g.place.feature_code or "").upper()
                                                          .startswith("PCL")) and _the_target_again(g, s):
        # "Jihadists attacked a Beninese army position near the border with Niger and Burkina Faso on Sunday ... ||
        # The position, close to the town of Karimama, came under fire": the lead's target, placed now (not at the
        # neighbour its border named)
        if own_place is not None:
            g.place = own_place
        return True
    if gap == 1 and date is None and own_place is not None and g.place is None and len(g.sentences) == 1 \
            and not g.tolls and _ANAPHOR.match(s.text) and _same_kind(g, s, cues) \
            and not _NEW_EVENT.match(s.text):
        # "Ten soldiers were killed when suspected jihadists stormed an army post in the west of the country on
        # Thursday ... || The attack targeted the post at Bani Bangou": the lead named no place; the paragraph after
        # it, telling the same event again, does
        g.place = own_place
        return True
    if gap <= 1 and (date is None or g.date is None or date == g.date) and _quarter_of_it(g, s, own_place):
        return True
    if gap <= 1 and date is None and own_place is not None and g.place is not None \
            and own_place.country_iso2 == g.place.country_iso2 and same_admin(own_place.admin1, g.place.admin1) \
            and not _another_town(own_place, g.place) and _the_target_named(g, s):
        # "militants attacked a police checkpost ... about six kilometres from Kulachi || ... some 20 militants ...
        # attacked the Gara Mastan checkpost from three sides": the lead's target, told again by its name
        return True
    if gap <= 1 and date is None and (_REPORT_DAY.match(s.text) or _BY_THEN.match(s.text)) and (
            _same_kind(g, s, cues) or _only_arrests(cues) or _FOUND_BODIES.search(s.text)) and (
            own_place is None or g.place is None or own_place.country_iso2 == g.place.country_iso2):
        # "By Monday evening, the city's medical centre said six people had been killed, including two civilians
        # caught in crossfire in the Tayuri district": a source's later count of the event just told, whatever
        # quarter it names. "By Tuesday evening nine men had been arrested": those it led to.
        return True
    if _left_behind(g, s, cues, own_place, date):
        return True
    if gap <= 1 and own_place is None and _BEGAN_EARLIER.search(s.text) \
            and (date is None or g.date is None or date <= g.date):
        # "... captured the police station on Wednesday after two days of fighting. || The PDF said three police
        # officers were killed ... in the assault, which began on Monday night": the event told, by its start
        return True
    if gap <= 1 and own_place is None and (date is None or date == g.date) \
            and any(cues.get(k) for k in taxonomy.WEAK_TRIGGERS) and not any(cues.get(k) for k in _KIND_CUES):
        # "... killed on Sunday in Kimpese when police clashed with ... || Police reinforcements moved in on Sunday
        # morning to clear the road": the force sent to the event just told, no event of its own
        return True
    if gap <= 1 and (date is None or g.date is None or date == g.date) and _INTERCEPTED.search(s.text) \
            and taxonomy.classify(g.first, Counter(), g.sentences[0].text)[0] in _FROM_THE_AIR \
            and (own_place is None or g.place is None or own_place.country_iso2 == g.place.country_iso2
                 and same_admin(own_place.admin1, g.place.admin1)):
        # "Drones struck a power station in Omdurman ... || Air defences shot down a number of other drones": the
        # same wave of strikes, part of it stopped, no other event (drones downed over another region are its own)
        return True
    if gap == 1 and date is None and own_place is None and _ADDED.search(s.text):
        # "Security forces fought gunmen ..., the interior ministry said. || Two members of the General Security
        # service and three of the gunmen were killed, it added.": the source goes on telling the same event
        return True
    if (gap <= 1 and (_BODIES_RECOVERED.search(s.text) or _FOUND_BODIES.search(s.text))
            or gap <= 2 and _BODIES_AT_THE_SCENE.search(s.text)) \
            and not any(cues.get(k) for k in _KIND_CUES if k not in ("loot", "riot_act")) \
            and (date is None or g.date is None or date >= g.date) \
            and (own_place is None or g.place is None or own_place.country_iso2 == g.place.country_iso2):
        # "51 bodies had been recovered by Tuesday morning", "prosecutors said experts had recovered nine bodies at
        # the site": the toll of the event just told, found later (with the homes it burned)
        return True
    if gap <= 1 and date is not None and g.date is not None and abs((date - g.date).days) == 1 \
            and _OVERNIGHT.search(g.sentences[0].text) and not has_explicit_date(g.sentences[0].text) \
            and _ANAPHOR.match(s.text):
        # "... in an overnight raid ..., police said on Tuesday. The attackers stormed the village late on
        # Sunday": the night the lead left vague, told by its day
        g.date = date
        return True
    if gap <= 1 and date is not None and g.date is not None and (date - g.date).days == 1 and _only_arrests(cues) \
            and _AFTERMATH_ARRESTS.search(s.text) and (own_place is None or _same_spot(g.place, own_place) or gap == 0) \
            and not g.first.get("protest"):
        # (not a demonstration's organisers, detained the next day: "On Saturday, police detained seven people in
        # Metangula accused of organising the demonstration" is ACLED's Arrests, an event of its own)
        # "... turned into a gunfight on Monday night. || Army units deployed in the area in the early hours of
        # Tuesday and arrested four gunmen": those the fight led to, the next morning
        return True
    if gap <= 1 and g.place is None and date is not None and g.date is None \
            and not has_explicit_date(s.text) and _introduced_in_lead(g, s):
        # "Gunmen have abducted a Catholic priest ... on the Kabba–Obajana road || The priest, who serves in a parish
        # in Kabba, was travelling ... when the gunmen opened fire on their car on Tuesday evening": the lead's
        # victim, and where and when the lead left untold
        if own_place is not None:
            g.place = own_place
        return True
    if date is not None and (g.date is None and has_explicit_date(s.text) or g.date is not None and date != g.date):
        return False
    if gap <= 1 and _finer_spot_of_it(g, s, own_place):
        return True
    if gap == 1 and date is None and own_place is not None and g.place is not None \
            and (g.place.feature_code or "").upper() in ("ADM1", "ADM2", "ADM3") \
            and not (own_place.feature_code or "").upper().startswith(("PCL", "ADM")) \
            and more_specific(own_place, g.place) and _same_kind(g, s, cues):
        # "... stormed a police post in the kacha area of Rajanpur district on Tuesday night. Around 30 dacoits
        # attacked the Chak Sher Shah post near Rojhan": the town in the district the lead named, same kind of
        # event, no day of its own: the lead's event told closer.
        return True
    same_place = own_place is not None and g.place is not None and (
        own_place.geonames_id == g.place.geonames_id or more_specific(own_place, g.place)
        or _within_country(own_place, g.place) or _region_of(own_place, g.place))
    if gap == 0:
        if same_place or _FOLLOW_UP.match(s.text):
            return True
        return not _mentions_place(s, own_place)
    if gap <= 2 and date is None and (same_place or own_place is None) and _arrests_at_protest(g, cues):
        # "Police said 36 people had been arrested in Nairobi": how the police ended the protest just told (also
        # after a paragraph of its voices, the frame still open).
        return True
    if gap > 2:
        return False
    refers_back = bool(_ANAPHOR.match(s.text) or taxonomy.ANAPHORIC_EVENT.search(s.text) or _REPORTED.match(s.text)
                       or _is_toll_update(s.text) or _DAYS_EVENT.search(s.text) or _introduced_in_lead(g, s))
    if refers_back and own_place is not None and g.place is not None and not _same_spot(g.place, own_place) \
            and any(cues.get(k) for k in _KIND_CUES) and not _same_kind(g, s, cues) and _is_toll_update(s.text) \
            and not _ANAPHOR.match(s.text):
        return False  # "In Harib district, a third man died of wounds sustained in a clash": another event's death
    if refers_back and (same_place or own_place is None):
        return True  # "... killed dozens of the assailants during the fighting": still the same incident
    if refers_back and date is None and own_place is not None and g.place is not None \
            and own_place.country_iso2 == g.place.country_iso2 and _UNNAMED_SPOT.search(g.sentences[0].text) \
            and not (_ENTRY_TIME.match(s.text) and _another_spot_entry(s, own_place, g)):
        # "A jet bombed a village in Depayin Township ... The jet dropped two bombs on Chaung Gyi village": the
        # spot the lead left unnamed, named now (however the name resolves), is the same event's.
        return True
    return gap == 1 and own_place is None and not _mentions_place(s, own_place) and date is None \
        and _same_kind(g, s, cues)


# "a day before the Farakuwa attack": the event a day is counted from, named by its place
_DAYS_FROM_NAMED_EVENT = re.compile(r"\b(?:days?|hours?) (?:before|after) the ((?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?) "
                                    r"(?:attack|raid|ambush|bombing|blast|killings?|massacre|clash(?:es)?|fighting|"
                                    r"abduction|kidnapping|assault|strike|shooting)\b", re.I)
_INTERCEPTED = re.compile(r"\b(?:shot down|intercepted|downed|jammed)\s+(?:[\w\"“”'-]+\s+){0,4}?(?:drones?|missiles?|"
                          r"rockets?|UAVs?|projectiles?)\b", re.I)
_FROM_THE_AIR = ("Air/drone strike", "Shelling/artillery/missile attack")


_CAPTURED = re.compile(r"\bcaptur(?:ed|ing)\b", re.I)
# The event just told, by the day it began: "in the assault, which began on Monday night".
_BEGAN_EARLIER = re.compile(r"\bthe (?:assault|attack|fighting|battle|offensive|siege|clash(?:es)?|raid|"
                            r"operation),? (?:which|that) (?:had )?(?:began|started|begun)\b", re.I)


# A force told by the town it was sent from: "Police reinforcements from Mbanza-Ngungu", "troops from the Gao camp".
# (not "forces withdrew from Kuusow": the place they left is where it happened)
_FORCE_FROM = re.compile(r"\b(?:reinforcements|troops|soldiers|units?|contingents?|officers|policemen|forces|squads?|"
                         r"teams?|police)\s+(?:(?!(?:withdr[ae]w\w*|retreat\w*|pull\w* out|fled|evacuat\w*|expelled|driven|"
                         r"ousted)\b)[\w-]+\s+){0,2}?(?:sent |dispatched |deployed )?from\s+(?:the\s+)?$", re.I)


_ADDED = re.compile(r",\s+(?:it|he|she|they|the (?:[\w-]+ ){0,2}[\w-]+) added\W*$", re.I)


# "Hours before the explosion, security forces fought gunmen ...": an event told by its time before the one just told
_BEFORE_THAT_EVENT = re.compile(r"\W*(?:hours|minutes|moments|shortly|a day|the day|days) before the\b", re.I)


# A source's own count of a toll, with no word of a rise or of a later count
_ANOTHER_COUNT = re.compile(r"^(?!.*\b(?:later|now|since|risen|rose|rising|climbed|climbing|jumped|increased|updated|revised|"
                            r"raising|bringing|new|final|overnight|has reached|had reached|by (?:\w+ )?(?:monday|tuesday|"
                            r"wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|nightfall|then))\b)"
                            # ("Local sources speak of at least seven soldiers dead", after the army's four)
                            r".*\b(?:put the (?:death toll|toll|number of (?:the )?dead)|(?:speak|speaks|spoke|spoken) of|"
                            # ("A security source told AFP that seven soldiers had died", after the army's four)
                            # ("A security source in Niamey told AFP that at least 13 soldiers had died")
                            r"(?:an?|another) (?:[\w-]+ ){0,2}sources?(?: (?:in|at|from|close to) (?-i:[A-Z])[\w'’-]+)? "
                            r"(?:told|said|says|tells)(?! \w+ (?:later|more)\b))\b",
                            re.I)
# "A spokesman for a Fano group operating in the area said 13 people had died", after the health official's nine:
# another speaker's count, when the report already gave one
_SPEAKERS_COUNT = re.compile(r"^\W*(?:an?|another) (?:[\w-]+ ){0,2}?(?:spokes(?:man|woman|person)|official|witness) "
                             r"(?:(?:for|of|from|with|at|in) (?:[\w'’()-]+ ){1,8}?)?(?:told|said|says|tells)\b"
                             r"(?!.*\b(?:later|now|since|risen|rose|rising|climbed|jumped|increased|updated|revised|raising|"
                             r"bringing|new|final|more)\b)", re.I)
_CONFIRMED_FEWER = re.compile(r"^\W*(?:the )?(?:police|officials|authorities|(?:[\w-]+ )?officials|the (?:army|military|"
                              r"ministry|hospital))\s+(?:have |has |had )?(?:only )?confirmed (?:only )?(?:at least )?"
                              r"(?:\w+|\d+) (?:deaths|dead|fatalities)\b", re.I)
# "But Amnesty International said 31 people were killed in the attack", after the police's 12: another source's count
# set against the first (ACLED keeps the conservative figure)
_CONTRARY_COUNT = re.compile(r"^\W*(?:but|however|yet)\b,?\s+(?:[\w'’.()-]+\s+){1,6}?(?:said|says|put|puts|gave|gives|"
                             r"counted|counts|reported|reports|claimed|claims)\b(?!.*\b(?:later|now|risen|rose|new)\b)", re.I)
# "Monday's blast went off ...": an event named by its day, opening the sentence
# ("Haiti's National Police said Sunday's strike targeted a house outside the village of Desdunes": a source first)
_POSSESSIVE_EVENT = re.compile(r"^(?:(?:[\w'’.-]+ ){1,5}?(?:said|says|reported|confirmed|announced) (?:that )?)?"
                               r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|"
                               r"night))?['’]s (?:[\w-]+ )?(?P<noun>blast|attack|bombing|explosion|ambush|raid|strike|shelling|"
                               r"clash(?:es)?|fighting|protest|march|riot|killings?|shooting)\b", re.I)
_BOMB_WORDS = re.compile(r"\b(?:bomb|bombs|bombing|blast|explosion|explosive|explosives|IED|car bomb)\b", re.I)
_EVENT_KIN = {"blast": _BOMB_WORDS, "bombing": _BOMB_WORDS, "explosion": _BOMB_WORDS}
# A sentence that opens on an event named by its place ("The attack on Bogoro began at around 5 a.m."), and the
# kinds of event each noun names
_EVENT_AT_PLACE = re.compile(r"^(?:The|That) (?:[\w-]+ )?(attack|raid|assault|ambush|fighting|clashes|clash|bombing|"
                             r"shelling|strike) (?:on|in|at|against|near|around)\b")
_VIOLENT = ("Violence against civilians", "Battles", "Explosions/Remote violence")
_EVENT_AT_KINDS = {"attack": _VIOLENT, "raid": _VIOLENT, "assault": _VIOLENT, "ambush": _VIOLENT,
                   "fighting": ("Battles",), "clashes": ("Battles",), "clash": ("Battles",),
                   "bombing": ("Explosions/Remote violence",), "shelling": ("Explosions/Remote violence",),
                   "strike": ("Explosions/Remote violence",)}
# A lead's clause cut after ", where": it happened at the place just named
_WHERE_BEFORE = re.compile(r",\s+where\s+$")
# What an attack is aimed at, named again to say which event a sentence tells
# A sentence opening on the event it tells, by its kind: "The attack on Bruneau ...", "The gunfight took place ..."
_EVENT_NAMED = re.compile(r"^\W*the (?:[\w-]+ )?(?:(?P<fight>gunfight|gun battle|firefight|clash(?:es)?|fighting|battle|"
                          r"exchange of fire|shoot-?out)|attack|massacre|killings?|raid)\b", re.I)
# What lies between two clauses of a lead: ", officials said, while "
_CLAUSE_GAP = re.compile(r"[\s,;]*(?:(?:[\w'’-]+ ){1,4}(?:said|says|reported|added)[\s,;]*)?(?:and|while|as|but|whereas)?\s*",
                         re.I)
_AIMED_AT = re.compile(r"\b(?:post|outpost|detachment|garrison|position|base|camp|checkpoint|convoy|patrol|market|"
                       r"village|mosque|church|school|bus|station|barracks|blockade|march|protest|prison|hospital|mine|tunnel|house|home|operation|"
                       r"raid|offensive|ambush|assault)\b")


def _sentence_before(sentences: list[Sentence], s: Sentence) -> Sentence | None:
    """The sentence right before `s` in its paragraph, if any."""
    k = bisect.bisect_left([x.start for x in sentences], s.start)
    return sentences[k - 1] if k > 0 and sentences[k - 1].paragraph == s.paragraph else None


# "That night, armed drones dropped explosives on houses ... of Taxco", after a march in Taxco: a later hour's event
_THAT_TIME = re.compile(r"^(?:that|the same) (?:night|evening|afternoon|morning)\b", re.I)
# A time after the event just told: "Hours later, ...", "Later that day, ...".
_LATER_ON = re.compile(r"^(?:(?:hours|minutes|a few hours|a day|two days) (?:later|afterwards)|later(?: that| the same)? "
                       r"(?:day|night|evening|morning|afternoon)|later on)\b", re.I)


_ORDINAL_OPENING = re.compile(r"(?:A|The) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) "
                              r"((?:[\w-]+ ){0,2}?[\w-]+)(?=,| (?:was|is|had|has|sustained|suffered|died|remains)\b)")


def _ordinal_victim(text: str) -> bool:
    """"A third herder sustained a gunshot wound", "The fourth victim, a woman, died": one more person the event
    before hurt, by an ordinal (not "A second bomb exploded", another act)."""
    m = _ORDINAL_OPENING.match(text)
    return m is not None and casualties.PERSON_WORD.fullmatch(m.group(1).split()[-1]) is not None


def _left_behind(g: _Group, s: Sentence, cues: Counter, own_place: Place | None, date: dt.date | None) -> bool:
    """"Troops recovered three M16 rifles and backpacks": what the fight just told left behind, not a seizure."""
    last = max([g.sentences[-1].paragraph] + [t.paragraph for t in g.tolls])  # its toll, told just before, too
    return s.paragraph - last <= 1 and date is None and own_place is None \
        and bool(cues.get("disrupted")) and not any(cues.get(k) for k in _KIND_CUES
                                                    if k not in ("disrupted", "arrest") + _MEANS) \
        and taxonomy.EVENT_TYPES[taxonomy.classify(g.first, Counter(), g.sentences[0].text)[0]] == "Battles"


def _names_place(text: str, place: Place | None) -> bool:
    """"The toll from the Ede shooting has risen to two, ... adding that four suspects have been arrested", told
    entries later: a figure that names the frame's place is the frame's, however far from it."""
    return place is not None and re.search(rf"\b{re.escape(place.name)}\b", text) is not None


def _only_arrests(cues: Counter) -> bool:
    """Arrests, and what was seized with those arrested, and nothing else of a kind."""
    return bool(cues.get("arrest")) and not any(cues.get(k) for k in _KIND_CUES
                                                if k not in ("arrest", "loot", "disrupted"))


def _arrests_at_protest(g: _Group, cues: Counter) -> bool:
    """Arrests and nothing else of a kind, after a demonstration: ACLED counts them on the demonstration."""
    if not cues.get("arrest") or any(cues.get(k) for k in _KIND_CUES if k not in ("arrest", "protest")):
        return False
    kind = taxonomy.EVENT_TYPES[taxonomy.classify(g.first, Counter(), g.sentences[0].text)[0]]
    return kind in ("Protests", "Riots")


_UNNAMED_SPOT = re.compile(r"\b(?:a|an|one) (?:\w+ )?(?:village|hamlet|settlement|camp|neighbou?rhood|town|"
                           r"market|school|mosque|church)\b", re.I)


_TARGET_NOUN = re.compile(r"\b(?:a|an) (?:[\w-]+ ){0,3}?(position|post|outpost|base|camp|checkpoint|check-?post|picket|barracks|garrison|"
                          r"convoy|patrol|station|bus|minibus|coach|train|truck|lorry|vehicle|market|mosque|church|"
                          r"school)\b", re.I)


def _the_target_again(g: _Group, s: Sentence) -> bool:
    """Whether the sentence opens on the lead's target named again: "The position, close to the town of ..."."""
    m = _TARGET_NOUN.search(g.sentences[0].text)
    return m is not None and re.match(rf"the (?:\w+ )?{m.group(1)}\b", s.text, re.I) is not None


# A sentence opening on "The <noun>," / "The <noun> who|was|were|had ...": its subject, a noun phrase told before.
_DEFINITE_SUBJECT = re.compile(r"(?:The|This|That) (?:[a-z][\w'’-]* ){0,2}?([a-z]{3,}?)(?:s)?(?:,| (?:who|whose|was|were|had|has|is|"
                               r"are)\b)")


# "Survivors said the assailants, some in uniforms, arrived on motorcycles at about 11pm on Sunday": the lead's
# attackers, as they came (or struck) on the day the lead left out
_THE_ATTACKERS_CAME = re.compile(r"\b(?:that )?the (?:assailants|attackers|gunmen|raiders|bandits|militants|insurgents)\b"
                                 r"(?:,[^,.;]{1,60},)?\s+(?:had\s+)?(?:arrived|came|stormed|struck|attacked|opened fire|"
                                 r"entered|invaded|descended)\b", re.I)


def _introduced_in_lead(g: _Group, s: Sentence) -> bool:
    """Whether the sentence's subject is one the lead introduced ("a Catholic priest and two other travellers ... ||
    The priest, who serves in a parish in Kabba, was travelling ... when the gunmen opened fire"): the lead's event
    told again from its victim or target, however the noun is not one of the usual ones."""
    m = _DEFINITE_SUBJECT.match(s.text)
    if m is None:
        return False
    # introduced by an indefinite article or a figure, ending its noun phrase ("a 300-level student by", not
    # "an army patrol" for "The army")
    return re.search(rf"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w'’-]+\s+){{0,3}}?"
                     rf"{m.group(1)}s?(?![\w'’-])(?!\s+(?!(?:and|or|by|in|on|at|who|whom|whose|was|were|had|has|from|"
                     rf"of|with|near|as|to|that|after|while|when|during|outside|inside|travell?ing|driving|returning|"
                     rf"working|accused|suspected|believed|identified|named|described|known|wearing|dressed)\b)[a-z])",
                     g.sentences[0].text) is not None


def _the_target_named(g: _Group, s: Sentence) -> bool:
    """Whether the sentence names the lead's target by its proper name: "a police checkpost", then "the Gara Mastan
    checkpost"."""
    m = _TARGET_NOUN.search(g.sentences[0].text)
    return m is not None and re.search(rf"\bthe (?:(?-i:[A-Z])[\w'’-]+ ){{1,3}}{re.escape(m.group(1))}\b", s.text,
                                       re.I) is not None


def _the_spot_it_left_unnamed(g: _Group, s: Sentence, own_place: Place | None) -> bool:
    """"... an airstrike on a village in the Sagaing Region, residents said Saturday. A jet dropped two bombs on the
    village in Depayin Township on Thursday": the undated lead's village, told again with its day."""
    m = _UNNAMED_SPOT.search(g.sentences[0].text)
    if m is None:
        return False
    noun = m.group(0).split()[-1]
    return re.search(rf"\bthe (?:same )?{noun}\b", s.text, re.I) is not None and (
        own_place is None or g.place is None or own_place.country_iso2 == g.place.country_iso2)


def _same_spot(a: Place | None, b: Place | None) -> bool:
    return a is not None and b is not None and (a.geonames_id == b.geonames_id or a.name == b.name)


def _region_of(new: Place, old: Place | None) -> bool:
    """"The gunmen stormed the post ... in Deir Ezzor province": the province that holds the place told before is
    context for the same event, no other place."""
    return old is not None and (new.feature_code or "").upper() in ("ADM1", "ADM2") \
        and new.country_iso2 == old.country_iso2 and same_admin(new.admin1, old.admin1)


def _another_spot_entry(s: Sentence, own_place: Place, g: _Group) -> bool:
    """A live blog's timed entry naming a town of its own, not the one of the entry before ("11:50 – Police confirm
    the Malabang shooting", below "15:10 – Army troops exchanged fire ... in a village of Barira"): another item."""
    return (own_place.feature_code or "").upper().startswith("PPL") and g.place is not None \
        and (g.place.feature_code or "").upper().startswith("PPL") and own_place.geonames_id != g.place.geonames_id \
        and not more_specific(own_place, g.place)


def _another_town(new: Place, old: Place | None) -> bool:
    """Whether ``new`` is a town too far from the town ``old`` to be a spot of it."""
    return old is not None and (old.feature_code or "").upper().startswith("PPL") \
        and (new.feature_code or "").upper().startswith("PPL") and None not in (old.latitude, new.latitude) \
        and dist_km(old.latitude, old.longitude, new.latitude, new.longitude) > _OTHER_TOWN_KM


def _within_country(new: Place, old: Place | None) -> bool:
    """"A car bomb in central Turkey ... The blast destroyed the bus in the city of Kayseri": a place inside the
    country the lead named only as a whole is where that event happened."""
    return old is not None and (old.feature_code or "").startswith("PCL") and not (new.feature_code or "").startswith("PCL") \
        and new.country_iso2 == old.country_iso2


# The attribution before an account: "A resident, Malam Sani, said", "According to police,", "Speaking to a
# radio station on Monday, the commissioner said".
_ATTRIBUTION = re.compile(r"^(?:according to [^,]{1,80},\s*|(?:[\w'’.-]+,?\s+){1,16}?(?:said|says|told \w+(?: by (?:tele)?phone)?|added|"
                          r"explained|recalled|estimated|believed?|confirmed)\s+(?:that\s+)?)", re.I)


# "claimed the killings", "claimed responsibility for the attack": a group owning the event just told
_CLAIMED_RESPONSIBILITY = re.compile(r"\bclaim(?:ed|s|ing)? (?:responsibility for )?(?:the|these|those|this|that) (?:\w+ )?"
                                    r"(?:attacks?|killings?|bombings?|ambush(?:es)?|abductions?|kidnappings?|blasts?|"
                                    r"explosions?|assaults?|raids?|strikes?|murders?|executions?)\b", re.I)
# ", saying the attackers ...": an attribution's account, after a clause of its own
_QUOTED_ACCOUNT = re.compile(r"^[^\"“.;]{3,80}\b(?:said|says|told \w+|added|stated):\s*[\"“]")
_SAYING = re.compile(r",\s+(?:saying|adding|explaining)(?: that)?\s+", re.I)
_WEEKDAY_WORD = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight|last night)\b",
                           re.I)
_PLUPERFECT_START = re.compile(r"^(?:according to [^,]{1,80},\s+)?[\w ,'’-]{0,80}?\bhad (?:been )?\w+(?:ed|en|wn|ght|t)\b", re.I)
_WERE_DOING_WHEN = re.compile(r"\b(?:were|was) \w+ing\b[^.;]{0,160}?\bwhen (?:they|he|she|it|the \w+)\b", re.I)


def _account_of_it(text: str) -> bool:
    """Whether the sentence, after its attribution, opens with a definite reference to the event just told or to
    its participants ("the gunmen", "they", "the attackers"); an attribution that itself tells of violence is
    not one."""
    m = _ATTRIBUTION.match(text)
    if m is None:
        return False
    if taxonomy.is_trigger(taxonomy.sentence_cues(text[:m.end()])):
        return False
    return bool(_ANAPHOR.match(text[m.end():]))


def _paragraph_places_elsewhere(body: str, s: Sentence, toponyms: list, starts: list[int],
                                place: Place | None) -> bool:
    """Whether the paragraph, before this sentence, names a place other than the incident's."""
    para_start = body.rfind("\n", 0, s.start) + 1
    # (not where the wounded were taken: '"... several wounded were evacuated to Segou," an official said')
    return any(place is None or t.geonames_id != place.geonames_id and not city_around(t, place)
               and not DESTINATION_BEFORE.search(body, max(para_start, t.start - 80), t.start)
               and not _encloses(t, place) for t in in_span(toponyms, starts, para_start, s.start))


def _encloses(t, place: Place) -> bool:
    """Whether toponym `t` is the country or the province `place` lies in ("Borno police spokesman" beside
    Konduga names no other place)."""
    code = (t.feature_code or "").upper()
    if t.country_iso2 != place.country_iso2 or not code.startswith(("PCL", "ADM1")):
        return False
    return code.startswith("PCL") or same_admin(t.admin1 or t.name, place.admin1)


_CLASHED = re.compile(r"\b(?:clash(?:ed|es)?|fought|fighting)\b", re.I)
_ARMED_WITH_GUNS = re.compile(r"\barmed with (?:[\w-]+,? ){0,3}?(?:guns|rifles|firearms|AK-47s?|automatic weapons|"
                              r"assault rifles)\b", re.I)


# The event a death came of: "died ... of wounds sustained in a clash late on Sunday"
_WOUNDS_FROM = re.compile(r"\b(?:wounds|injuries) (?:he |she |they )?(?:had )?(?:sustained|suffered) (?:in|during) "
                          r"(?:a|an|the) ", re.I)


def _sibling_item(g: _Group, s: Sentence, cues: Counter) -> bool:
    """"KEY POINTS: • ISSP fighters attacked a military position in Tillia ... • A commercial truck struck a landmine
    on the Abalak road": a bullet of another kind after the frame's own bullet is a list's next item, not more of it."""
    last = g.sentences[-1]
    return s.text[:1] in _BULLETS and last.text[:1] in _BULLETS and s.paragraph != last.paragraph \
        and not _same_kind(g, s, cues)


_BULLETS = "•●▪"


def _unanchored(s: Sentence, own_place: Place | None, date: dt.date | None) -> bool:
    # ("The clash came a day after a teacher was killed ...": the event before it, not more of it)
    return own_place is None and date is None and not _mentions_place(s, own_place) \
        and not _NEW_EVENT.match(s.text) and not _FOLLOWED_AN_EVENT.match(s.text) \
        and not taxonomy.label_prefix(s.text) and not has_explicit_date(s.text)


def _same_kind(g: _Group, s: Sentence, cues: Counter) -> bool:
    """A toll alone ("Two civilians were killed") or the same type of event as the incident's first sentence."""
    if not any(cues.get(k) for k in _KIND_CUES):
        return True  # victims and a toll, no means and no kind of event: "Two civilians were killed."
    if not any(cues.get(k) for k in _KIND_CUES if k not in ("loot", "riot_act")) and taxonomy.EVENT_TYPES[taxonomy.classify(
            g.first, Counter(), g.sentences[0].text)[0]] in ("Violence against civilians", "Battles"):
        return True  # "Several houses were set on fire": the destruction of the attack just told
    new, _ = taxonomy.classify(cues, Counter(), s.text)
    old, _ = taxonomy.classify(g.first, Counter(), g.sentences[0].text)
    return taxonomy.EVENT_TYPES[new] == taxonomy.EVENT_TYPES[old]


# "... killed at least 14 villagers ..., police said on Wednesday, raising an earlier toll after more bodies were
# recovered and a wounded man died": the lead's figure already counts the dead the body tells of later
_UPDATED_IN_THE_LEAD = re.compile(r"\b(?:rais|revis|updat|increas|lift)(?:ing|ed) (?:an |the |their |its )?(?:earlier|previous|"
                                  r"initial|first) (?:death )?(?:toll|figure|count)\b", re.I)


# Why those arrested were arrested: "whom they accuse of mobilising for today's protests"
# (only as a relative clause after those held: "23 individuals suspected of supplying food ... were arrested" goes on to
# its verb)
_ARREST_GROUNDS = re.compile(r"\b(?:whom|who) (?:they|police|the police|authorities|officials) (?:accuse|accused|suspect|"
                             r"suspected) of\b[^.;]*", re.I)


_ARRESTED_WORD = re.compile(r"\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|held|apprehended|picked up|rounded up)\b", re.I)


# The dead already counted, pointed at by a definite count: "the three men killed", "the two victims"
_THE_DEAD_TOLD = re.compile(r"\bthe (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:[\w-]+ ){0,2}?"
                            r"(?:killed|dead|slain|victims|deceased)\b", re.I)


def _build(text: str, g: _Group, pub: dt.date, toponyms: tuple[list, list[int]], previous_date: str | None,
           protest_context: bool = False, source: str | None = None) -> Incident:
    """The incident of one frame; `text` is the cleaned body, `source` the original (evidence is cut from it)."""
    source = text if source is None else source
    first_s = g.sentences[0]
    body = " ".join(s.text for s in g.sentences)
    # How the event unfolded is told next to its report; later paragraphs (a live blog's next entries, the
    # aftermath) may tell of police action that was not part of it.
    sub, conf = taxonomy.classify(g.first, g.near, main_clause(first_s.text), protest_context)
    if sub == "Attack" and any(_BOTH_SIDES_FIRED.search(x.text) for x in g.sentences[1:3] + [
            t for t in g.tolls if t.paragraph - first_s.paragraph <= 1]):
        # "armed youths attacked a cattle camp || The attackers exchanged fire with herders guarding the camp for
        # several hours", "the FAMa post was the target of an attack || the units repelled the assailants": the
        # attack met armed resistance, a fight
        sub = "Armed clash"
    if sub == "Disrupted weapons use" and any(_SHOT_BACK.search(x.text) and casualties.count("fatalities", x.text)
                                              for x in g.sentences[1:3]):
        # "Soldiers intercepted a group of about 30 men carrying methamphetamine ... The army said the smugglers
        # opened fire first; seven were killed in a 15-minute exchange": the interception became a fight
        sub = "Armed clash"
    if sub == "Mob violence" and _CLASHED.search(first_s.text) and any(_ARMED_WITH_GUNS.search(x.text)
                                                                       for x in g.sentences + g.tolls):
        # "herders and farmers clashed at Tarasaa ... the two groups, armed with guns, machetes and bows, fought for
        # two hours": communal militias with firearms fight a battle, not a brawl
        sub = "Armed clash"
    if sub == "Mob violence" and any(a.actor_type in _ARMED_TYPES and (
            _BY_THE_GROUP.search(first_s.text, 0, a.start) or _GROUP_ATTACKED.match(first_s.text, a.end)
            and not _ENTRY_TIME.sub("", first_s.text[:a.start], count=1).strip(" -–—,.:").split()[2:])
            for a in find_actors(first_s.text)):
        # "beaten to death ... allegedly by members of the Imbonerakure", "Israeli settlers have attacked farmers on
        # the edge of Burin, beating four men": an organised armed group, not a crowd
        sub = "Attack"
    date = g.date
    for s in sorted(g.sentences, key=lambda x: casualties.toll_update(x.text) is not None):
        if date:
            break
        date = _day_told(s.text, pub)  # the day of a toll update only if no sentence names the event's
    if date is None and previous_date:
        date = dt.date.fromisoformat(previous_date)
    if date is None and _DATED_OPENING.match(first_s.text):
        # "On 28 October, the Ministry of Interior announced that ... had arrested four people": a sentence that
        # opens with its day, if only the day it was told, is dated by it rather than by its paragraph's other event
        date = told_day_before(first_s.text, pub)
    if date is None:
        # No day in its own sentences: the day told earlier in its paragraph, the day its section covers, else
        # the day a source spoke of it ("the military said Tuesday that its troops had retaken ...").
        date = g.detail_date or g.section_date or next(
            (d for d in (told_day_before(x.text, pub) for x in g.sentences if x not in g.later_tolls) if d), None)
    if date is None or date > pub:
        date = pub
    mentions = g.mentions
    if sub == "Arrests" and _detained_by_non_state(first_s.text, mentions, date):
        sub = "Abduction/forced disappearance"  # ACLED: only state forces arrest; armed groups abduct
    elif sub == "Arrests" and any(_UNACKNOWLEDGED.search(x.text) for x in g.sentences + g.tolls
                                  if x.paragraph == first_s.paragraph):
        # "the military has not acknowledged detaining them": a detention the state denies is a forced disappearance
        sub = "Abduction/forced disappearance"
    elif sub == "Abduction/forced disappearance" and _held_by_the_state(first_s.text, mentions, date) and not any(
            _UNACKNOWLEDGED.search(x.text) for x in g.sentences + g.tolls if x.paragraph == first_s.paragraph):
        # "Ministry of Intelligence agents raided the homes of five activists and took them to an unknown location":
        # the state's agents detain (ACLED's Arrests), unless the state denies holding them
        sub = "Arrests"
    if sub in ("Non-violent transfer of territory", "Non-state actor overtakes territory") \
            and _taken_by_the_state(first_s.text, mentions, date) and not (g.first + g.near).get("peaceful_transfer"):
        # "the SNA entered and took full control of Tayeeglow town" (unless "No clashes were reported")
        sub = "Government regains territory"
    elif sub == "Non-state actor overtakes territory" and _advanced_by_the_state(first_s.text, mentions, date):
        # "police officers and troops ... advanced into Gressier, where the gang has set up positions": the state's
        # push into an armed group's ground is a battle, whatever it gains
        sub = "Armed clash"
    actor1, actor2 = pick_actors(first_s.text, mentions, g.context_actor)
    if actor1 == "Civilians" and taxonomy.EVENT_TYPES[sub] not in ("Protests", "Riots"):
        actor1, actor2 = None, "Civilians"  # civilians named in a violent event are its victims
    if taxonomy.EVENT_TYPES[sub] == "Protests" and actor1 in (None, "Civilians"):
        actor1 = "Protesters"  # ACLED codes demonstrators by role, whoever they are
    elif taxonomy.EVENT_TYPES[sub] == "Riots" and actor1 in (None, "Civilians", "Protesters"):
        actor1 = "Rioters"
    if taxonomy.EVENT_TYPES[sub] == "Battles" and (actor1 and same_side(actor1, actor2) or actor2 == "Civilians"):
        # "soldiers repelled an attack on the border police HQ. ... the terrorists": the enemy comes later. A
        # battle's civilian dead are its toll, not a side ("three soldiers and one civilian were killed").
        other = [a for a in find_actors(first_s.text + " " + g.follow_text)
                 if not (actor1 and same_side(actor1, a.actor)) and a.actor != "Civilians"]
        actor2 = other[0].actor if other else None
    counts = {}
    clean = _without_size_tags(body)
    for kind in ("fatalities", "injuries", "arrests"):
        per_sentence = [casualties.count(kind, _without_size_tags(main_clause(s.text))) for s in g.sentences]
        if kind == "arrests" and sub == "Non-state actor overtakes territory":
            # "three police officers were killed and 14 were captured": taken by the group that won, no arrest
            per_sentence = [casualties.count(kind, _CAPTURED.sub(" ", _without_size_tags(main_clause(s.text))))
                            for s in g.sentences]
        if kind == "arrests" and taxonomy.EVENT_TYPES[sub] == "Battles":
            # "Fighting broke out ..., after the brigade detained a Tebu driver": the detention that set off the
            # fight is its cause, no arrest of the battle
            # ("The NRF claimed that nine Taliban were killed and three captured; neither figure could be verified":
            # a side's claim of prisoners, disowned, is no arrest)
            per_sentence = [0 if taxonomy.arrests_only_as_cause(s.text) or k and "claim" in s.text
                            and _UNCONFIRMED.search(s.text) else n for k, (n, s) in enumerate(zip(per_sentence, g.sentences))]
        if kind == "arrests":
            # "... brought the situation under control and arrested nine persons at the scene", told after the
            # toll: those it led to (not "the nine arrested", named again)
            counts[kind] = sum(per_sentence) + sum(
                casualties.count(kind, _without_size_tags(main_clause(s.text))) for s in g.tolls
                if not _THE_FIGURE.search(s.text) and (s.paragraph - g.sentences[-1].paragraph <= 1
                                                       or _names_place(s.text, g.place)))
        else:
            # Each side's dead counted once, however many sources give a figure (casualties.frame_toll).
            # (and another source's count told after the report's: "Local sources speak of at least seven")
            # (a sentence whose own figure stands once its claims are set aside is a report: "... gives four soldiers
            # killed ...; JNIM's media outlet claims 20 soldiers killed")
            claimed = [k > 0 and kind == "fatalities" and (_CLAIMED_TOLL.search(_without_claims(s.text)) is not None
                                                          or _SOURCE_SAYS.search(s.text) is not None
                                                          and _DISOWNING_NEXT.match(text, s.end) is not None
                                                          or (_ANOTHER_COUNT.search(s.text) is not None
                                                              or _CONTRARY_COUNT.match(s.text) is not None
                                                              or _SPEAKERS_COUNT.match(s.text) is not None and any(
                                                                  casualties.count(kind, main_clause(x.text))
                                                                  for x in g.sentences[:k]))
                                                          and not _new_sides(s, g.sentences[:k])
                                                          or _EARLIER_COUNT.search(s.text) is not None
                                                          # ("Al Shabaab said ... it had killed 40 soldiers, a figure
                                                          # the army dismissed as propaganda": denied as it is told)
                                                          or _FIGURE_DISMISSED.search(s.text) is not None
                                                          # ("... said that seven people had died, but that figure
                                                          # could not be confirmed": disowned as it is told)
                                                          or _FIGURE_UNCONFIRMED.search(s.text) is not None
                                                          # ("At least nine people were killed in fighting between
                                                          # Wazalendo militiamen and AFC/M23 rebels ... the Wazalendo
                                                          # said they had killed 12 rebels": a side's count of its
                                                          # enemy, after the count of everyone)
                                                          or _SIDE_SAYS_IT_KILLED.search(s.text) is not None and any(
                                                              {side for side, _, _ in casualties.by_side(
                                                                  kind, main_clause(x.text))} == {None}
                                                              for x in g.sentences[:k]))
                       for k, s in enumerate(g.sentences)]
            # (a claim is the toll only where no report gave one: "HPG (PKK) claimed 2 Turkish soldiers were killed")
            claim_counts = not any(casualties.count(kind, main_clause(s.text)) for s, c in zip(g.sentences, claimed)
                                   if not c)
            if claim_counts and any(c and (_DISOWNED_AFTER.match(text, s.end) or _CLAIM_DENIED.search(s.text)
                                           or _SIDE_SAID_IT_KILLED.search(s.text)
                                           and (_FIGURE_UNCONFIRMED.search(s.text) or _FIGURE_DISMISSED.search(s.text)))
                                    for s, c in zip(g.sentences, claimed)):
                # (or the other side denies it in the same breath: "The TPNPB claimed to have killed two soldiers,
                # which the military denied")
                # ("... and claimed to have killed 40 Russian soldiers. Reuters could not independently verify the
                # battlefield reports": a claim the reporter disowns counts no dead, as ACLED codes it; so does
                # 'Al-Shabaab said ... that it had killed "more than 15 apostate soldiers" in the blast, a figure that
                # could not be verified': a side's word for its own kills, not "12 combatants were reportedly killed,
                # although the figure could not be independently verified", the report's only figure)
                claim_counts = False
            reports = [_without_claims(_without_size_tags(main_clause(_admitted_losses_only(s, text))),
                                       text[s.end:s.end + 200])
                       for k, s in enumerate(g.sentences)
                       if not (kind == "fatalities" and (_BODIES_ONLY.search(s.text) or k and (
                           casualties.ordinal_restated(s.text) or claimed[k] and not claim_counts
                           and _admitted_losses_only(s, text) == s.text)))]
            # (a riot's dead told in its own paragraph are its toll: "One person, Md. Rakib Hossain, died of his
            # injuries", after rival supporters clashed with sticks and machetes)
            riot = taxonomy.EVENT_TYPES[sub] == "Riots" or sub == "Excessive force against protesters"
            reports_counted = [casualties.count(kind, r) for r in reports]
            others = [_without_size_tags(main_clause(_admitted_losses_only(s, text))) for s in g.tolls
                      if kind == "fatalities"
                      and not _BODIES_ONLY.search(s.text) and casualties.toll_update(s.text) is None
                      and not _CLAIMED_TOLL.search(s.text)
                      # (a figure disowned as it is told: 'it had killed "more than 15 apostate soldiers" in the
                      # blast, a figure that could not be verified')
                      and not _FIGURE_UNCONFIRMED.search(s.text) and not _FIGURE_DISMISSED.search(s.text)
                      and not casualties.one_of_the_wounded(s.text)  # (one more, added below)
                      # ("the three men killed were believed to belong to the armed groups": the dead told, named again)
                      and not _THE_DEAD_TOLD.search(s.text)
                      # (the striking side's own account names the dead the report counted, its way: soldiers "shot
                      # dead four unarmed men", then the army "had neutralised four terrorists")
                      and not (_OWN_ACCOUNT.search(s.text) and any(reports_counted))
                      and (not riot or s.paragraph == first_s.paragraph)]
            counts[kind] = casualties.frame_toll(kind, reports, others,
                                                 taxonomy.EVENT_TYPES[sub] in _VIOLENT_TYPES or riot)
            # "Four people were killed ..., according to the mayor's office. Police confirmed three deaths": where
            # another source counts fewer of everyone, ACLED keeps the conservative figure
            lower = [casualties.count(kind, main_clause(s.text)) for k, s in enumerate(g.sentences + g.tolls)
                     if kind == "fatalities" and k and _CONFIRMED_FEWER.search(s.text)
                     and {side for side, _, _ in casualties.by_side(kind, main_clause(s.text))} == {None}]
            if lower and 0 < min(lower) < counts[kind]:
                counts[kind] = min(lower)
        bodies = [s for s in g.sentences if _BODIES_ONLY.search(s.text)] if kind == "fatalities" else []
        if bodies:
            # "... killing at least 11 soldiers ... residents had counted the bodies of seven attackers": the bodies
            # of a side no report counted are more dead (not the dead already told, found, as below)
            told = {side for s in g.sentences if not _BODIES_ONLY.search(s.text)
                    for side, _, _ in casualties.by_side(kind, main_clause(s.text))}
            if told and None not in told:
                for s in bodies:
                    counts[kind] += sum(v for side, v, _ in casualties.by_side(kind, main_clause(s.text))
                                        if side is not None and side not in told
                                        and not any(side in t.split("+") for t in told))
        if kind == "fatalities" and g.tolls:
            # "On Friday morning, a search party found the body of one of the attackers": a dead attacker no report
            # counted, found after the attack
            told = {side for s in g.sentences for side, _, _ in casualties.by_side(kind, main_clause(s.text))}
            for s in g.tolls:
                m = _BODY_OF_ATTACKER.search(s.text)
                if m is not None and not told & _ATTACKER_SIDES:
                    n = (m.group(1) or m.group(2)).lower()
                    counts[kind] += int(n) if n.isdigit() else _NUMBER_OF_BODIES[n]
        # "... the attackers fled, leaving three bodies behind": the dead already told, found; not more dead.
        counts[kind] = max([counts[kind]] + [n for n, s in zip(per_sentence, g.sentences)
                                             if kind == "fatalities" and _BODIES_ONLY.search(s.text)
                                             and not _CLAIMED_TOLL.search(s.text)]
                           # "experts had recovered nine bodies at the site", told later: all the dead, found
                           + [casualties.count(kind, main_clause(s.text)) for s in g.tolls
                              if kind == "fatalities" and _BODIES_AT_THE_SCENE.search(s.text)
                              and not _MORE_BODIES.search(s.text)])
    for kind in ("fatalities", "injuries"):
        if counts[kind] == 0 and taxonomy.EVENT_TYPES[sub] in _VIOLENT_TYPES:
            # "Two soldiers and three militants were killed in Monday's fighting": the event named again with its
            # toll, when its own sentences gave none.
            counts[kind] = max([0] + [casualties.count(kind, main_clause(s.text)) for s in g.tolls
                                      if _DAYS_EVENT.search(s.text) and casualties.toll_update(s.text) is None])
    if counts["fatalities"] == 0:
        counts["fatalities"] = max([0] + [casualties.definite_deaths(s.text) for s in g.sentences + g.tolls])
    elif sub == "Suicide bomb" and any(_BOMBER_ALSO_DIED.search(x.text) for x in g.sentences + g.tolls) \
            and not any(_BOMBER_COUNTED.search(x.text) for x in g.sentences + g.tolls):
        # "..., killing four civilians and injuring 12. The bomber also died.": one more dead, as ACLED counts him
        counts["fatalities"] += 1
    if counts["arrests"] == 0 and sub != "Abduction/forced disappearance" and any(
            casualties.definite_arrest(main_clause(x.text)) for x in g.sentences):
        counts["arrests"] = 1  # "...; the driver was arrested"
    if counts["arrests"] == 0 and sub == "Arrests":
        counts["arrests"] = max([0] + [casualties.taken_away(main_clause(x.text)) for x in g.sentences])
    for s in sorted(g.sentences + g.tolls, key=lambda x: x.start):
        toll = casualties.toll_update(s.text)
        # (the side's figure as first told, in whichever of the frame's sentences before the update told it: "In
        # Somalia, al-Shabaab fighters attacked a base at Jameeco ... A commander said that three soldiers had died")
        side = casualties.side_update(s.text, " ".join(main_clause(x.text) for x in g.sentences if x.start < s.start)
                                      or main_clause(first_s.text)) if toll is not None else None
        if side is not None:
            # "the death toll among soldiers had risen to 14 ..., and nine attackers had been neutralised": the
            # update counts one side; the other side's dead told with it are new. (Rare: the sides the frame's
            # own sentences counted are read only here.)
            counted = {k for x in g.sentences for k, _, _ in
                       casualties.by_side("fatalities", _without_size_tags(main_clause(x.text)))}
            extra = casualties.other_sides(main_clause(s.text), counted)
        if side is not None and side[0] < counts["fatalities"]:
            counts["fatalities"] += side[0] - side[1] + extra  # one side's toll rose; the other side's dead still count
        elif toll is not None and casualties.ordinal_restated(s.text):
            # "Three died at the scene and a fourth died on Sunday": the whole toll told again
            counts["fatalities"] = max(toll, counts["fatalities"])
        elif toll is not None and s is first_s and casualties.one_more_death(s.text):
            # "a third man died yesterday of wounds sustained in a clash ... Two men were killed on the spot": the
            # report opens on the latest death; its ordinal is the toll, not one more
            counts["fatalities"] = max(toll, counts["fatalities"])
        elif toll is not None and toll <= counts["fatalities"] and casualties.one_more_death(s.text) \
                and not casualties.states_total(s.text) and casualties.ordinal_body(s.text) is None \
                and not (toll == counts["fatalities"] and (any(
                    casualties.count("fatalities", main_clause(x.text)) == toll - 1 for x in g.sentences + g.tolls)
                    or _ANY_ORDINAL_VICTIM.search(s.text))):
            # (nor "two people were killed ... rescuers found the body of a second victim": the second of the two)
            # (not "Gunmen killed seven people ... killing six at the scene. A seventh victim died": the seven told)
            # (not "Three Maoists were killed ... A third body was found in the afternoon": one of the three, found)
            # "Two soldiers and three militants were killed ... A third soldier died": the soldiers' toll rose.
            counts["fatalities"] += 1
        elif toll is not None and counts["fatalities"] and toll > counts["fatalities"] and _ANOTHER_COUNT.search(s.text):
            # "The Syrian Observatory ... put the toll of the ambush at seven", after the ministry's five: another
            # source's count, not a rise (ACLED codes the more conservative)
            pass
        elif toll is not None:
            # "the death toll rose to 17" replaces the earlier figure
            counts["fatalities"] = toll + (extra if side is not None else 0)
        elif counts["fatalities"] and s is not first_s and casualties.one_of_the_wounded(s.text):
            counts["fatalities"] += 1
    updated = _UPDATED_IN_THE_LEAD.search(first_s.text)
    if updated is not None and casualties.count("fatalities", first_s.text[:updated.start()]):
        # (what it says raised the toll, "after more bodies were recovered and a wounded man died", is counted in it)
        counts["fatalities"] = casualties.count("fatalities", first_s.text[:updated.start()])
    coded = casualties.coded_fatalities(" ".join([clean] + [_without_size_tags(s.text) for s in g.tolls]))
    if coded is not None:
        counts["fatalities"] = coded
    if sub == "Protest with intervention" and counts["fatalities"] and _LIVE_FIRE_ON_PROTESTERS.search(first_s.text):
        # "soldiers have opened fire on protesters blocking the road. A doctor ... says one man was brought in dead":
        # the force's live fire, its dead told next (ACLED: lethal force is excessive force)
        sub = "Excessive force against protesters"
    if sub in ("Peaceful protest", "Protest with intervention"):
        # ACLED: a protest where people are killed is excessive force (or a riot); dead named at a peaceful one are
        # its cause ("marched to demand justice after three students ... were killed")
        counts["fatalities"] = 0
    if sub == "Abduction/forced disappearance":
        counts["arrests"] = 0  # the people an armed group took are hostages, not arrests
    place = g.place
    if place is None and (not first_s.joined or _PLACE_ANAPHOR.search(first_s.text)
                          or _WHERE_BEFORE.search(text, max(0, first_s.start - 8), first_s.start)):
        # Place named only in a nearby sentence of the same paragraph, e.g. a dateline or the sentence before.
        # (not the second event of a summary sentence, split off for a place of its own)
        place = _road_start(text, g, toponyms) or _nearby_place(text, g, toponyms) or g.section_place
    # Confidence: how sure the event class is, and how completely the report pins the incident down.
    dated = date != pub or resolve_date(first_s.text, pub) is not None
    conf = 0.5 * conf + 0.2 * (place is not None) + 0.15 * dated + 0.15 * (actor1 is not None)
    ev_start = first_s.start + _evidence_lead(text, source, first_s.start, first_s.end)
    evidence = source[ev_start:first_s.end]  # the sentence that first reports it
    ev_end = first_s.end
    return Incident(
        event_date=date.isoformat(), event_type=taxonomy.EVENT_TYPES[sub], sub_event_type=sub,
        actor1=actor1, actor2=actor2,
        location=place.name if place else None, admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None, country_iso2=place.country_iso2 if place else None,
        country=place.country if place else None, latitude=place.latitude if place else None,
        longitude=place.longitude if place else None, geo_precision=place.geo_precision if place else None,
        geonames_id=place.geonames_id if place else None, feature_code=place.feature_code if place else None,
        fatalities=counts["fatalities"], injuries=counts["injuries"], arrests=counts["arrests"],
        evidence=evidence, evidence_start=ev_start, evidence_end=ev_end, confidence=round(conf, 3))


# What opens a line before its report and is no part of it, kept out of the evidence as the benchmark's gold keeps
# it out: a bullet ("• ", "- "), a live blog's stamp ("16:20 – ", "3.10pm: ") and a dateline left in the body
# ("MUQDISHO — ", "(KTNZ) - ", "Ajdabiya – "). A numbered item's number, a log entry's day and a label ("Borno: ",
# "05 Nov – Gwalla (Jonglei): ") stay: they are the line as printed and say where or when.
_EVIDENCE_LEAD = re.compile(
    r"(?:[•·▪◦*]|[-–—](?=\s))\s+"
    r"|(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*\([A-Z]{2,5}\))?\s*(?:[—–-]|:)\s+"
    r"|(?:[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}|[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3})(?:,\s*[A-Z][a-z]+)?"
    r"(?:\s*\([^()\n]{1,30}\))?\s+[—–-]\s+"
    r"|\([A-Z]{2,6}\)\s*[—–-]\s+")


def _evidence_lead(body: str, source: str, start: int, end: int) -> int:
    """How many characters at the start of an evidence sentence open its line rather than report (see above)."""
    if body[body.rfind("\n", 0, start) + 1:start].strip():
        return 0   # mid-line: the sentence follows another, so nothing of it is a line's marker
    pos = start
    for _ in range(2):   # "- 16:20 – "
        m = _EVIDENCE_LEAD.match(source, pos, end)
        if not m or end - m.end() < 20:
            break
        pos = m.end()
    return pos - start


_COUNT_WORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of|scores of)"
_MUNITIONS_COUNT = re.compile(r"\b(?:launched|fired|sent|used)\s+(?:\w+\s+){0,2}?" + _COUNT_WORD + r"\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:drones|missiles|rockets|UAVs|shells|munitions|glide bombs)\b", re.I)
# "Air defences destroyed 71 drones and two missiles": the night's interceptions counted, at no place.
_INTERCEPT_COUNT = re.compile(r"\b(?:shot down|intercepted|destroyed|downed|neutrali[sz]ed)\s+(?:\w+\s+){0,2}?(?:\d+|dozens of)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:drones|missiles|rockets|UAVs|shells|munitions)\b", re.I)
_VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
# The agent of a passive detention ("were detained by ..."): ACLED codes arrests by the state and abductions by
# armed groups; a detention by anyone else (a factory's managers, a landlord, neighbours) is neither.
_DETAINED_BY = re.compile(r"\b(?:detained|held|arrested|apprehended|locked up|confined)\s+(?:\w+\s+)?by\s+"
                          r"([^,.;:()]{1,60})", re.I)
_STATE_OR_ARMED_AGENT = re.compile(
    r"\b(?:police\w*|authorit\w+|security|forces?|army|military|soldiers?|troops|officers?|agents?|gendarm\w*|"
    r"guards?|government|state|official(?:s)? of the (?:state|government|ministry)|ministr\w+|immigration|customs|"
    r"intelligence|border|regime|junta|marines|navy|militar\w+|prosecutors?|courts?|judges?|sheriff\w*|"
    r"gunmen|militants?|rebels?|insurgents?|fighters?|militia\w*|jihadists?|terrorists?|separatists?|"
    r"kidnappers?|abductors?|captors?|bandits?|gangs?|armed|group|men|unknown|unidentified)\b", re.I)


def _private_detention(text: str, cues: Counter, named: list) -> bool:
    """A detention, the only event of the sentence, whose named agent is neither a state body nor armed."""
    if not cues.get("arrest") or any(cues.get(k) for k in taxonomy.TRIGGERS if k not in ("arrest", "injure")):
        return False
    m = _DETAINED_BY.search(text)
    if m is None or _STATE_OR_ARMED_AGENT.search(m.group(1)):
        return False
    return not any(m.start(1) <= a.start < m.end(1) for a in named)


_NON_STATE = {"Rebel groups", "Political militias", "Identity militias", "External/Other forces"}
_TOOK_CONTROL = re.compile(r"\b(?:took|taken|taking|seized|assumed|established|gained|(?-i:entered))\b", re.I)


_ADVANCED = re.compile(r"\badvanced (?:to|into|on)\b", re.I)
_CAPTURED = re.compile(r"\b(?:took|taken|taking|seized|seizing|gained|regained|retook|recaptured|captured|overran|overrun|"
                       r"liberated|control)\b", re.I)


def _advanced_by_the_state(text: str, mentions: list, day: dt.date) -> bool:
    """Whether state forces, named first, advanced on a place the sentence does not say they took."""
    m = _ADVANCED.search(text)
    if m is None or _CAPTURED.search(text):
        return False
    before = [a for a in mentions if a.end <= m.start()]
    return bool(before) and before[0].actor_type == "State forces" and not left_state(before[0].actor, day.isoformat())


def _taken_by_the_state(text: str, mentions: list, day: dt.date) -> bool:
    """Whether the actor named before the taking of control is the state's forces (ACLED: the government regains)."""
    m = _TOOK_CONTROL.search(text)
    before = [a for a in mentions if m and a.end <= m.start()]
    # the subject, named first ("Fano militiamen clashed with the army ... and took control": not the army)
    return bool(before) and before[0].actor_type == "State forces" and not left_state(before[0].actor, day.isoformat())
_DETAIN = re.compile(r"\b(?:detain\w*|arrest\w*|apprehend\w*|rounded up|took \w+ into custody)\b", re.I)


# Words of taking that say nothing of who took: the state's agents detaining are making arrests.
_TAKEN_TO_UNKNOWN = re.compile(r"\b(?:took|taken|taking|transferred) (?:her|him|them|the \w+) (?:away )?to an? (?:unknown|"
                         r"undisclosed|secret) (?:location|destination|place|site)\b", re.I)


def _held_by_the_state(text: str, mentions: list, day: dt.date) -> bool:
    """Whether people are taken, in neutral words, by the state's forces named as the subject before."""
    m = _TAKEN_TO_UNKNOWN.search(text)
    if m is None or re.search(r"\b(?:abduct|kidnap|hostage)", text, re.I):
        return False
    before = [a for a in mentions if a.end <= m.start()]
    return bool(before) and before[0].actor_type == "State forces" and not left_state(before[0].actor, day.isoformat())


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.I)
_BY_AGENT = re.compile(r"\s+by\b", re.I)


def _detained_by_non_state(text: str, mentions: list, day: dt.date) -> bool:
    """Whether the actor named before the detention verb is an armed group or a foreign force."""
    m = _DETAIN.search(text)
    if m is not None and _PASSIVE_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
            and not _BY_AGENT.match(text, m.end()):
        # "five suspects believed to be providing logistical support to the terrorists were arrested": the passive
        # names no detainer, and the group named before is not one
        return False
    if m is not None and _PASSIVE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        # "A local journalist has been detained by armed men at a checkpoint": the detainer is the agent after "by"
        agent = next((a for a in mentions if m.end() <= a.start <= m.end() + 12), None)
        if agent is not None:
            return (agent.actor_type in _NON_STATE or left_state(agent.actor, day.isoformat())) \
                and not became_state(agent.actor, day.isoformat())
    before = [a for a in mentions if m and a.end <= m.start()]
    non_state = bool(before) and (before[-1].actor_type in _NON_STATE or left_state(before[-1].actor, day.isoformat()))
    return non_state and not became_state(before[-1].actor, day.isoformat()) and not re.search(
        r"\b(?:police|security forces|army|soldiers|troops|authorities)\b", text[before[-1].end:m.start()], re.I)


def _road_start(text: str, g: _Group, toponyms: tuple[list, list[int]]) -> Place | None:
    """"ambushed a matatu on the Orwa–Sigor road": a frame placed by a road between two towns alone is coded, as
    ACLED does, at the town the road is named from (near it, precision 2)."""
    for s in g.sentences[:2]:
        for t in in_span(toponyms[0], toponyms[1], s.start, s.end):
            if _ROAD_BETWEEN.match(text, t.end) and (t.feature_code or "").upper().startswith("PPL"):
                p = choose_location(text, (t.start, t.end), [t], t.start)
                if p is not None:
                    p.geo_precision = 2
                return p
    return None


def _nearby_place(text: str, g: _Group, toponyms: tuple[list, list[int]]) -> Place | None:
    s = g.sentences[0]
    before = [t for t in in_span(toponyms[0], toponyms[1], max(0, s.start - 400), s.start)
              if not re.search(r"\n\s*\n", text[t.end:s.start])
              and not _GROUP_AFTER.match(text, t.end)]   # ("hundreds of Fano fighters": a group, no place)
    if not before:
        return None
    # The sentence that names the last place: "strikes in Hirske, Luhansk." is Hirske, not its region.
    t = before[-1]
    s0 = max(text.rfind(". ", 0, t.start) + 2, text.rfind("\n", 0, t.start) + 1, before[0].start)
    p = choose_location(text, (s0, t.end), [o for o in before if o.start >= s0], s0)
    if p is not None and text[s.start:s.start + 1] in _BULLETS and "\n" in text[t.end:s.start] \
            and (p.feature_code or "").upper().startswith("PPL"):
        return None   # (the town of the bullet above is another item's; a region it names frames the list)
    if p is not None and (p.geo_precision or 3) < 3:
        p.geo_precision = 2  # named near, not in, the evidence sentence
    return p


# Compiled patterns above answer through their faster twins, with the same results (fastregex.FastPattern).
speed_up(globals())
# Without a twin (case-sensitive parts), and most texts they meet lack their literals: filtered first (same results).
_JOURNEY, _NAMED_EVENT, _DEATH_OF = filtered(_JOURNEY), filtered(_NAMED_EVENT), filtered(_DEATH_OF)

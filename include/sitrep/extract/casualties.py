"""Fatalities, injuries and arrests counted from casualty phrases ("killing three soldiers", "2 were hurt")."""
from __future__ import annotations

import functools
import re

from .fastregex import lowered as lower_exact
from .fastregex import fast, filtered, may_match, required_literals, speed_up
from .numbers import NUMBER_PATTERN, is_vague, words_to_int

_PERSON = (r"(?:people|persons?|civilians?|villagers?|residents?|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|kids?|"
           r"babies|baby|infants?|minors?|teen(?:ager)?s?|youths?|students?|farmers?|herders?|soldiers?|troops?|"
           r"servicem[ae]n|police(?:m[ae]n|wom[ae]n)?|officers?|agents?|guards?|gendarmes?|militants?|militiam[ae]n|"
           r"militia ?members?|insurgents?|rebels?|fighters?|combatants?|jihadists?|terrorists?|assailants?|"
           r"attackers?|(?:suicide )?bombers?|gunm[ae]n|bandits?|suspects?|members?|individuals?|workers?|passengers?|drivers?|"
           r"worshippers?|pilgrims?|family members?|relatives?|brothers?|sons?|daughters?|journalists?|"
           r"activists?|protesters?|demonstrators?|rioters?|supporters?|leaders?|commanders?|officials?|"
           r"traders?|miners?|fishermen|migrants?|refugees?|prisoners?|inmates?|personnel|recruits?|"
           r"Houthis?|others?|more|of them|victims?|persons|bodies|corpses|dead bodies|employees?|"
           r"hunters?|guerrillas?|cadres?|operatives?|smugglers?|thieves|thief|robbers?|kidnappers?|volunteers?|"
           r"raiders?|rustlers?|poachers?|dacoits?|criminals?|outlaws?|thugs?|warriors?|gangsters?|vigilantes?|pirates?|abductors?|reservists?|"
           r"shepherds?|herdsm[ae]n|rangers?|headm[ae]n|councill?ors?|chiefs?|elders?|mayors?|(?:school|head)?teachers?|doctors?|"
           r"tribesm[ae]n|clansm[ae]n|kinsm[ae]n|gunmen|policem[ae]n|"
           r"nurses?|pastors?|priests?|imams?|clerics?|monks?|tourists?|husbands?|wi(?:fe|ves)|fathers?|mothers?|"
           r"shopkeepers?|merchants?|customers?|vendors?|porters?|bystanders?|passers?-?by|labou?rers?|worshipers?|inspectors?|sergeants?|corporals?|constables?|lieutenants?|captains?|privates?|"
           # a people or militia by its capitalised plural: "Three Dozos were killed", "two Fulanis", "Kurds"
           r"(?:[A-Z][\w-]+ )?(?:nationals?|citizens?)|(?-i:[A-Z][a-z]+(?:ians?|eans?|ese|is|ists?))|(?-i:[A-Z][a-z]{2,}s\b)|"
           r"(?:separat|loyal|extrem)ists?|Naxal(?:ite)?s?|saboteurs?|infiltrators?|intruders?|mercenar(?:y|ies)|"
           r"occupiers?|invaders?|snipers?|paratroopers?|marines?|peacekeepers?|blue helmets?|troopers?|"
           r"auxiliar(?:y|ies)|conscripts?|cadets?|heroes|hero(?= of the\b)|wardens?|jawans?|pupils?|schoolchildren|school(?:boy|girl)s?|"
           r"khwarij|khawarij|"
           # a force by its acronym, as the plural of its members: "Six VDP were killed and four wounded"
           # ("three VDP unfortunately fell with weapons in hand")
           r"(?-i:[A-Z]{2,5})(?= (?:were|had been|have been) (?:killed|wounded|injured|shot dead)\b| died\b|"
           r"(?: unfortunately| sadly| tragically)? fell (?:on|in|with)\b)|"
           # nouns of people by their ending: "mourners", "loggers", "believers", "migrants", "Christians"
           r"[a-z]{3,}(?:ers|ists|ants|ents|ians)|"
           # a person by a "-man" trade: "a fisherman was shot dead", "two watchmen"
           r"[a-z]{3,}(?<!hu)m[ae]n\b)")
_Q = NUMBER_PATTERN
# Up to four modifiers between a number and its noun ("3 Iraqi army soldiers"), never crossing a conjunction,
# another figure or a date ("30 minutes and 5 soldiers", "22 April 2022, 3 children").
_MODS = (r"(?:(?!(?:and|or|with|in|on|at|to|from|by|while|after|before|minutes|hours|days|weeks|months|years|"
         r"january|february|march|april|may|june|july|august|september|october|november|december|\d+(?!-)|"
         r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|dozens?|hundreds?|"
         # "a crowd of young people": a collective, no count of one
         r"crowds?|mobs?|handful)\b)"
         r"[\w'-]+\s+){0,4}?")
# An active verb with an object ("troops killed two civilians") is not a passive toll.
# ("were arrested the same night": a time, no object)
_OBJECT_AFTER = (r"(?!\s+(?:a|an|the(?! (?:same|next|following|previous) (?:day|night|evening|morning|afternoon|week)\b"
                 r"| day before yesterday\b)|one|two|three|four|five|six|seven|eight|nine|ten|\d+|his|her|their|its|at least|"
                 r"several|dozens|many|some|scores|hundreds)\b)")
# What the victims were doing: "two boys herding sheep near the village of Hamrat, east of al-Karamah, were killed",
# "seven civilians caught in the crossfire were killed".
# ("Four suspects involved in the act of jungle justice have been arrested", "two men linked to the attack")
_DOING = (r"(?:(?:\w+ing|caught|trapped|stranded|gathered|seated|queued|sheltered|involved|implicated|linked|connected|"
          r"wanted)\b(?:(?![.;]|\d|\b(?:and|were|was|who|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
          r"[^\n]){0,80}?,?\s+)")
# Who the victims were, set off by commas: "Five Maoists, including two women, were killed".
_APPOSITIVE = (r"(?:,\s+(?:including|among them|most of them|mostly|all of them|aged|"
               # "Five civilians, three of them from one family, were killed"
               r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+|some|many|several|most|all) of (?:them|whom)|"
               # "Two men, a farmer and his adult son, were shot dead"
               r"(?:a|an|both|one|all|most|many|some)(?= ))\b[^,.;]{1,60},|"
               # "three of the gunmen, described as foreign fighters who had refused to hand over their weapons,"
               r",\s+(?:described|identified|believed|said|thought|reported) (?:as|to be)\b[^,.;]{1,80},|"
               # "One person, Md. Rakib Hossain (28), died": the victim's name (the age in brackets is blanked)
               # ("One of the soldiers, First Sergeant Saleh al-Nisi, was killed": a name's lower-case particles)
               r",\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?:(?-i:[A-Z][\w'’.-]*|(?:al|el|ad|ar|as|az|an|ash|ibn|bin|bint|abu|de|da|"
               r"dos|van|von)(?=[-\s](?-i:[A-Z]))[-\s](?-i:[A-Z])[\w'’.-]*))){0,4}\s*,|"
               r"\s+aged\s+(?:between\s+)?[\w-]+(?:\s+(?:and|to)\s+[\w-]+)?)")  # "two brothers aged nine and twelve were killed"
# "Three members of the Kurdish-led Syrian Democratic Forces (SDF)": the group a side's dead belong to.
_GROUP_NAME = (r"(?:\s+of (?:the )?(?:(?:(?-i:[A-Z])[\w'-]*\s+){0,4}(?-i:[A-Z])[\w'-]*"
               # "two members of the General Security service"
               r"(?:\s+(?:service|forces|unit|brigade|battalion|regiment|directorate|agency))?(?:\s*\([^()]*\))?|"
               # "four members of the security forces and three local fighters"
               r"(?:[\w-]+\s+){0,2}?(?:forces|army|police|military|militias?|guards?|group|gang)))?")
# "killing about a dozen sheep": animals are no fatalities.
_NOT_ANIMALS = (r"(?!\s+(?:[\w-]+\s+)?(?:sheep|goats?|cattle|cows?|camels?|donkeys?|horses?|livestock|animals?|"
                r"chickens?|dogs?|pigs?|head of cattle|oxen|bulls?|herds?|flocks?)\b)")
_NUM_WORD_ONE = re.compile(r"^(?:a|an|one|single|no)$", re.I)
# "gunmen shot dead the district police chief": one person, named by the office only one holds
_THE_ONE = (r"the(?=\s+(?:[\w-]+\s+){0,2}?(?:police chief|chief|commander|mayor|governor|headman|village head|imam|"
            r"councill?or|administrator|prefect|judge|prosecutor)\b(?!['’]|\s+and\b|\s+of\s+(?:the\s+)?[\w-]+s\b))")

_VERBS = {
    # ("two (02) soldiers fell on the field of honour", "three VDP fell with weapons in hand": an army's dead)
    "fatalities": (r"(?:fell (?:on the field of honou?r|in (?:combat|battle|action)|with (?:their |his )?weapons in (?:hand|their hands))|"
                   # '"Eleven of our men fell, and the enemy lost several dozen"': a fighter's word for the dead
                   r"(?<=of our men )fell(?=\s*[,.;]| and\b)|embraced (?:martyrdom|shahadat)|"
                   # ("a soldier rose as a martyr": the Arabic press's word for a side's own dead)
                   r"rose as (?:a )?martyrs?|ascended to martyrdom|fatally (?:wounded|injured|shot)|(?:sustained|suffered) fatal (?:\w+ )?(?:injuries|wounds)|killed|neutrali[sz]ed|eliminated|shot dead|murdered|dead|died|beheaded|(?<!warrants were )(?<!warrant was )(?<!orders were )executed|assassinated|lynched|slain|martyred|"
                   r"hacked to death|burn(?:ed|t) to death|stabbed to death|beaten to death|massacred|"
                   r"lost (?:his|her|their) li(?:fe|ves)|found dead|perished|succumbed|paid the (?:supreme|ultimate) price|"
                   # "one man was brought in dead": dead on arrival at the hospital
                   r"brought in dead|(?:brought|taken) to (?:the |a )?(?:hospital|morgue|mortuary) dead|dead on arrival|"
                   r"put out of action|sent to hell|"  # a press release's "four (04) terrorists were put out of action"
                   # "nine soldiers had been buried": the dead, counted at their burial (not "buried under rubble")
                   r"buried(?! (?:under|beneath|in (?:the )?rubble|alive)))",
                   r"(?:kill(?:ed|ing|s)?|shot dead|shooting dead|murder(?:ed|ing)|claim(?:ed|ing) the lives of|martyr(?:ed|ing)|"
                   r"neutrali[sz](?:ed|ing)|beat(?:ing)? to death|hack(?:ed|ing) to death|stabb(?:ed|ing) to death|"
                   r"gunn(?:ed|ing) down|lynch(?:ed|ing)|"
                   # "a crowd beat two men to death": the dead between the verb and "to death"
                   r"(?:beat|beating|hack(?:ed|ing)|stabb(?:ed|ing)|ston(?:ed|ing)|burn(?:ed|t|ing))(?= (?:[\w-]+ ){1,4}to death\b)|"
                   # "an angry crowd beat to death and burned two young men": the dead after both verbs
                   r"(?:beat|hacked|stabbed|stoned) to death and (?:burn(?:ed|t)|lynched|mutilated)|"
                   # "a crowd beat and burned to death two men": the dead after the verbs and "to death"
                   r"(?:(?:beat|hacked|stabbed|stoned) and )?(?:burn(?:ed|t|ing)|ston(?:ed|ing)) to death|"
                   # (not "executed eleven search warrants": an order carried out)
                   r"execut(?:ed|ing)(?! (?:\w+ ){0,2}(?:search|warrant|order|plan|operation|raid|contract)s?\b)|"
                   r"behead(?:ed|ing)|massacr(?:ed|ing)|"
                   # '"We buried 18 people," the official said': the dead, counted by those who buried them
                   r"(?:(?<=\bwe )|(?<=\bthey ))buried(?= (?:at least |some |about )?\w+ (?:people|persons|bodies|men|women|children|"
                   r"civilians|soldiers|villagers|victims|relatives|fighters)\b)|"
                   # "clashed ..., resulting in the killing of 3 people": the toll told as the clash's result (a
                   # protest "against the killing of a teenager" counts no dead of its own)
                   r"(?:result(?:ed|ing) in|led to|leading to) the (?:killings?|deaths?) of)",
                   r"(?:deaths?|dead|fatalities|bodies|corpses|killed)"),
    "injuries": (r"(?:injured|wounded|hurt|hospitali[sz]ed|hit by (?:shrapnel|bullets)|sustained (?!fatal\b)(?:\w+ ){0,2}(?:injuries|wounds))",
                 r"(?:injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?)",
                 r"(?:injured|wounded|injuries)"),
    "arrests": (r"(?:arrested|detained|apprehended|taken into custody|captured|nabbed|held)",
                r"(?:arrest(?:ed|ing)|detain(?:ed|ing)|apprehend(?:ed|ing)|captur(?:ed|ing)|round(?:ed|ing) up|"
                # ("served warrants of arrest on three alleged members": a police release's arrests)
                r"serv(?:ed|ing) (?:an? )?(?:warrants? of arrest|arrest warrants?) (?:on|upon|against)|"
                # ("a rally against the arrest of an opposition member": the protest's cause, not its arrests)
                r"nabb(?:ed|ing)|(?<!against the )(?<!over the )(?<!protesting the )(?<!protest at the )"
                r"(?<!condemned the )(?<!condemning the )(?:arrest|detention) of)",
                r"(?:arrests|arrested|detained|detentions)"),
}


def _compile(kind: str) -> tuple[re.Pattern[str], ...]:
    passive, active, noun = _VERBS[kind]
    # ("three dissidents and a soldier died in the fighting")
    had_died = r"|(?:(?:had|have) )?(?:died|perished|succumbed)" if kind == "fatalities" else ""
    # "four soldiers and an unknown number of Houthis were killed", "two police and three gunmen were killed"
    # ("six VDP and one soldier were killed": a force named by its acronym, then another side)
    # ("The driver and two passengers were killed": the one named by the role counts as one)
    coord = re.compile(rf"\b(?P<n>{_Q}|the(?=\s+(?:[\w-]+\s+){{0,2}}[a-z]+[^s\W]\s+and\s))\s+{_MODS}(?:{_PERSON}|(?-i:[A-Z]{{2,5}})){_GROUP_NAME}\s+and\s+(?:"
                       # ("The district police chief and his bodyguard were shot dead": the one and his own, two)
                       rf"(?P<m0>his|her)\s+(?!(?:[\w-]+\s+)?(?:m[ae]n|wom[ae]n|children|people|family|relatives|kin|staff|crew|entourage|"
                       rf"escort|team|unit)\b)(?:[\w-]+\s+)?[a-z][\w-]*[^s\W](?=\s+(?:were|had been|have been)\s)|an? (?:unknown|unspecified|undetermined|"
                       rf"unconfirmed) number of (?:\w+ ){{1,2}}?|(?:(?:his|her|their|at least|more than|some)\s+)?(?P<m>{_Q}|an?|the(?=\s+[a-z]+[^s\W]\s+of\s)|the(?=\s+(?:[a-z]+\s+)?[a-z]+[^s\W]\s+who\s)|"
                       # ("Two soldiers and the bomber were killed": the one attacker the story tells of)
                       rf"the(?=\s+(?:suicide\s+)?(?:bomber|attacker|gunman|assailant)\s+(?:were|had|have)\b))\s+(?:of (?:the|them)\s+)?{_MODS}{_PERSON})"
                       # "nine soldiers and the driver of the vehicle were dead": one person, named by the role
                       rf"(?:\s+of (?:the|a|an) [a-z][\w-]*(?=\s+(?:were|have|had|are)\b))?"
                       # "Three traders and the young woman who carried the explosives were killed": the bomber too
                       rf"(?:\s+who\s+(?:(?!were\b|was\b|and\b)[\w'-]+\s+){{1,6}}?(?=(?:were|have|had)\b))?"
                       # "14 Volunteers for the Defence of the Homeland (VDP) were killed": a group's full name
                       rf"(?:\s+(?:for|of) (?:the )?(?:(?-i:[A-Z])[\w'-]*\s+(?:(?:of|for|the)\s+){{0,2}}){{1,4}}?|"
                       rf"\s+of (?:the )?(?:[\w-]+\s+){{0,2}}?(?:forces|army|police|military|militias?|guards?|group|gang))?(?:\s*\([^()]*\))?{_APPOSITIVE}?\s*"
                       # ("one of its fighters and two villagers gathering firewood died")
                       rf"{_DOING}?"
                       # ("five soldiers and 14 militants had died in the clashes")
                       # (a log's telegraphic "three insurgents and one Mozambican soldier killed (military source)")
                       rf"(?:(?:were|have been|had been|are)\s+(?:\w+\s+)?{passive}|dead{had_died}|{passive}(?=\s*[,;.(]|\s+and\s))\b", re.I)
    # "three soldiers were killed", "15 were killed", "a man was shot dead"
    pre = re.compile(rf"\b(?P<n>{_Q})\s+(?:(?P<mods>{_MODS})[\"“‘']?{_PERSON}[\"”’']?{_APPOSITIVE}?\s+(?:and\s+(?:(?!(?:a|an|the|his|her|their|its|other)\b)[\w'-]+\s+){{0,2}}?(?:{_PERSON}|(?-i:[A-Z]{{2,5}}))\s+(?!of\b))?"
                     rf"{_DOING}?)?(?:\([^)]*\)\s+)?"
                     # "Eleven people who had sheltered there after fleeing fighting in the hills were killed"
                     rf"(?:(?:who|that) (?:had|have|were|was) (?:(?!(?:were|was|and)\b)[\w'-]+ ){{1,10}}?"
                     rf"(?=(?:were|was|have been|had been|has been) )|"
                     # ("three herders who tried to resist were shot dead"; not "a community leader told reporters that
                     # nine people were killed", nor a teller's clause)
                     rf"who (?:(?!(?:were|was|and|said|says|told|tells|that)\b)[\w'-]+ ){{1,8}}?"
                     rf"(?=(?:were|was|have been|had been|has been) ))?"
                     # "seven citizens allegedly linked to the attack of the previous day were apprehended"
                     rf"(?:(?:allegedly |reportedly )?(?:linked|suspected|accused|believed|thought|tied|connected) "
                     # ("23 individuals suspected of supplying food, money and information to the group were arrested")
                     rf"(?:(?!(?:were|was)\b|and (?:{_Q})\b)[\w'-]+,? ){{1,12}}?(?=(?:were|was|have been|had been|has been) ))?"
                     # "Four soldiers of the army and allied Joint Forces were killed": one side, a compound name
                     # ("Five Volunteers for the Defence of the Homeland (VDP) were killed")
                     # ("an officer in the Iraqi army was killed": one of a force, told by it)
                     rf"(?:in (?:the |an? )?(?:[\w'-]+\s+){{0,3}}?(?:army|police|navy|air force|military|forces|militia)\s+|"
                     rf"(?:of|from|(?<=olunteers )for) (?:the )?(?:(?!and\b|were\b|was\b|said\b|says\b|told\b|that\b|who\b|when\b|\d)[\w'()-]+\s+){{1,10}}"
                     rf"(?:and (?!(?:{_Q}|an?|the|his|her|their)\b)(?:(?!were\b|was\b)[\w'()-]+\s+){{1,3}}?(?=(?:were|was|have been|had been) ))?|"
                     # "Three members of one family, including a woman aged 45, were shot dead"
                     # ("Three members of the Civilian Joint Task Force (CJTF), a militia that fights alongside the army, were killed")
                     rf"(?:of|from) (?:the )?(?:(?:(?!and\b|were\b|was\b)[\w'()-]+\s+){{0,4}}[\w'()-]+{_APPOSITIVE}|"
                     # ("eleven members of the Volunteers for the Defence of the Homeland, the VDP, were killed": a long
                     # name with its acronym set off by commas)
                     rf"(?:(?!and\b|were\b|was\b)[\w'()-]+\s+){{1,8}}?[\w'()-]+,\s+(?:the\s+)?(?-i:[A-Z]{{2,6}}),)\s+)?"
                     rf"(?:(?:were|was|have been|had been|has been|are|is|got|being|reportedly|reported|also|later|all|allegedly|now|"
                     # "eight soldiers had died" (not "had killed": the active voice)
                     rf"been|subsequently|confirmed|declared|pronounced|briefly|temporarily|since|"
                     # ("three VDP unfortunately fell with weapons in hand": the writer's regret, not the count's)
                     rf"unfortunately|tragically|sadly|"
                     # ("Four (4) suspects have since been arrested")
                     rf"ha(?:d|ve|s)(?=\s+(?:died|perished|succumbed|lost their lives|since been)\b))\s+){{0,3}}"
                     rf"[\"“‘']?{passive}\b{_OBJECT_AFTER}", re.I)
    # "killing three soldiers", "killed 5", "left two people injured"
    # ("killing its two occupants")
    # ("condemns the killing of two Kurdish border porters by Iranian border guards")
    # (only as a body's report of it: "after the killing of a woman", "justice for the killing of" name a protest's
    # cause, not its dead)
    # ("police are investigating the killing of a barangay kagawad who was shot dead")
    of_noun = (r"|(?:condemn(?:s|ed)|denounc(?:es|ed)|deplor(?:es|ed)|documented|confirmed|reported|announced|"
               r"investigat(?:es|ed|ing|ion into)) the (?:[\w-]+ )?"
               # ("confirmed the killing on Sunday of a community leader")
               r"(?:killings?|murders?)(?: on (?:mon|tues|wednes|thurs|fri|satur|sun)day)? of") \
        if kind == "fatalities" else ""
    # ("arrested in Abu Ghraib two terrorists": the place told before the people; "arrested on Sunday, the 17th, eleven
    # people": the day)
    post = re.compile(rf"\b(?:{active}{of_noun})\s+(?:(?:in|at|near) (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){{0,2}}\s+|"
                      r"on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,? the \d{1,2}(?:st|nd|rd|th))?|the \d{1,2}(?:st|nd|rd|th)|"
                      r"\d{1,2} (?-i:[A-Z])[a-z]+),?\s+)?(?:at least\s+|(?:its|their|his|her)\s+|"
                      # ("killing the two men inside": the people the sentence is about, named by a noun)
                      rf"the\s+(?=(?:{_Q})\s+{_MODS}{_PERSON}\b))?(?P<n>{_Q}|{_THE_ONE})(?:\s+(?P<mods>{_MODS}){_PERSON})?\b"
                      # ("shot dead a merchant and his two employees": the one and his own, all of them)
                      rf"(?:\s+and\s+(?:his|her|their)\s+(?P<k>{_Q})\s+{_MODS}{_PERSON}\b)?{_NOT_ANIMALS}", re.I)
    # "27 fatalities", "three dead", "N injured" as nouns; "death toll rose to 12"
    toll = (rf"|\b(?:death toll|toll|body count) (?:\w+ ){{0,3}}(?:to|at|of|reached|stands? at) (?P<n2>{_Q})\b"
            if kind == "fatalities" else "")
    # "the bodies of two shepherds": whatever noun follows, bodies are of people
    bodies = (rf"|\b(?:bodies|corpses|remains) of (?P<n3>{_Q})\s+(?!(?:of|and)\b)[\w'-]" if kind == "fatalities" else "")
    nounp = re.compile(rf"\b(?P<n>{_Q})\s+(?:(?:reported|confirmed|more|other)\s+)?{noun}\b" + toll + bodies, re.I)
    return coord, pre, post, nounp


_PATTERNS = {k: _compile(k) for k in _VERBS}
# Literals each pattern's matches contain: a sentence without them skips that pattern (see fastregex.py).
_LITERALS = {pat: required_literals(pat) for pats in _PATTERNS.values() for pat in pats}
# The same patterns answered through their lower-case twins where they have one (see fastregex.py).
_FAST = {pat: fast(pat) for pats in _PATTERNS.values() for pat in pats}
# Per kind, (pattern, its literals, its fast form) in order: looked up by position, not by the pattern, since a
# compiled pattern's hash is computed afresh over its whole code at every dict lookup (tens of microseconds for
# these long patterns).
_BY_KIND = {kind: tuple((pat, _LITERALS[pat], _FAST[pat]) for pat in pats) for kind, pats in _PATTERNS.items()}
_NONE = {
    "fatalities": re.compile(r"\bno (?:fatalit|casualt|deaths|one (?:was |had been |has been )?(?:killed|died|hurt))|"
                             r"without (?:casualties|fatalities)|casualties (?:are |were )?unknown", re.I),
    "injuries": re.compile(r"\bno (?:injur|casualt|one (?:was |had been |has been )?(?:injured|hurt))", re.I),
    "arrests": re.compile(r"\b(?:no (?:arrests|one (?:was|had been|has been) (?:arrested|detained))|"
                          r"nobody (?:was|had been|has been) (?:arrested|detained))", re.I),
}
_CODED = re.compile(rf"\bfatalit(?:y|ies) (?:were |was )?(?:coded|estimated|recorded) (?:as|at) (?P<n>{_Q})|"
                    rf"\b(?P<n2>\d+) fatalit(?:y|ies)\b", re.I)


def _value(raw: str, has_person: bool) -> int | None:
    raw = raw.strip()
    if raw.lower() == "the":
        return 1   # (matched only before an office one person holds: _THE_ONE)
    if _A_AGE.match(raw):
        return 1 if has_person else None  # "killing a nine-year-old girl": one girl, aged nine
    if _NUM_WORD_ONE.match(raw) and raw.lower() != "no":
        return 1 if has_person else None
    if is_vague(raw):
        return None  # only stated figures count: "dozens", "some", "several" give no number
    v = words_to_int(raw)
    if v is None or v > 100000:
        return None
    return v


_ANCHOR = {
    "fatalities": re.compile(r"kill|dead|died|buri|out of action|to hell|death|fatal|murder|behead|execut|assassin|lynch|slain|massacr|perish|martyr|gunned down|gunning down|"
                             r"succumb|neutrali|eliminat|lost|losing|bodies|corpse|toll|count|(?:supreme|ultimate) price|fell", re.I),
    "injuries": re.compile(r"injur|wound|hurt|hospitali|shrapnel|bullets", re.I),
    "arrests": re.compile(r"arrest|detain|detention|apprehend|custody|captur|nabb|held|round", re.I),
}


@functools.lru_cache(maxsize=1024)  # pure; the reader, the frame's toll and its checks ask of the same sentence
def count(kind: str, text: str) -> int:
    """Sum of distinct casualty phrases of `kind` in one sentence; of two sources' figures set against each other
    ("police said four bodies had been recovered, but the district head said six people were killed"), the lower,
    as ACLED codes conflicting reports."""
    return sum(v for _, _, v in _sourced_spans(kind, text))


def _sourced_spans(kind: str, text: str) -> tuple[tuple[int, int, int], ...]:
    """`_spans`, with only the lower of two sources' figures set against each other."""
    return _weighed(kind, text)[0]


@functools.lru_cache(maxsize=1024)  # pure; asked through count, by_side and frame_toll of the same sentence
def _weighed(kind: str, text: str) -> tuple[tuple[tuple[int, int, int], ...], int | None]:
    """The spans kept and the total of the higher source's figures set aside (None when no sources disagree)."""
    spans = _spans(kind, text)
    if len(spans) > 1 and "; " in text:
        # "Three members of the force were killed ...; an earlier statement had given two dead": the figure
        # before, not more dead
        m = _EARLIER_CLAUSE.search(text)
        if m is not None and any(x[0] < m.start() for x in spans):
            spans = tuple(x for x in spans if x[0] < m.start())
    if len(spans) > 1 and (", but " in text or "though " in text or ", while " in text or ", whereas " in text
                           or "; " in text):
        m = _OTHER_SOURCE.search(text)
        if m is not None:
            before = tuple(x for x in spans if x[0] < m.start())
            after = tuple(x for x in spans if x[0] >= m.start())
            if before and after:
                low, high = sorted((before, after), key=lambda xs: sum(v for _, _, v in xs))
                return low, sum(v for _, _, v in high)
    if len(spans) == 1 and "; " in text:
        # "Local sources said five soldiers were killed; the SNA confirmed four": the second source's bare figure
        m = _OTHER_SOURCE.search(text)
        bare = _BARE_FIGURE.match(text, m.end()) if m is not None and spans[0][0] < m.start() else None
        n = _value(bare.group("n"), True) if bare is not None else None
        if n is not None and 0 < n < spans[0][2]:
            return ((spans[0][0], spans[0][1], n),), spans[0][2]
    return spans, None


# An earlier figure and the one that stands now, in one sentence (`revised`); a second source's bare figure.
# "; an earlier statement had given two dead": a clause that tells the figure given before
_EARLIER_CLAUSE = re.compile(r";\s+(?:an? |the )?(?:earlier|previous|initial|first) (?:statement|report|toll|figure|count|"
                             r"tally|bulletin)s? (?:had )?(?:given|put|reported|said|spoke of|mentioned|counted)\b", re.I)
_EARLIER_FIGURE = re.compile(r"\b(?:had (?:earlier|initially|first)|earlier|initially)\b", re.I)
_NOW_FIGURE = re.compile(r"\b(?:have|has) now\b|\bnow (?:stands|stood|rose|risen)\b", re.I)
_BARE_FIGURE = re.compile(rf"\s+(?:only\s+|just\s+)?(?P<n>{NUMBER_PATTERN})\s*(?:dead\b|deaths\b|killed\b)?\s*(?:[.;]|$)", re.I)
# ", but the district head told Gurara FM that ...": another source's account set against the first
# (or ", although village officials put the death toll at six")
# ("five bodies were recovered on Tuesday; community police in the area spoke of eight dead")
_OTHER_SOURCE = re.compile(r";\s+(?:the\s+|a\s+|an\s+|local\s+)?(?:[\w'’-]+\s+){0,5}?(?:spoke of|put|puts|gave|gives|counted|claimed|"
                           # ("; the Ombudsman's Office says at least eight people died")
                           r"said|says|say|reported|reports|report|estimated|estimates|"
                           # "SAF said it killed 15 SPLM-N fighters; the SPLM-N denied this, saying it lost two"
                           r"denied (?:this|that|the (?:claim|figure|report))|disputed (?:this|that|the (?:claim|figure))|"
                           # "; local sources cite twelve dead" ("Local sources said five soldiers were killed; the SNA
                           # confirmed four")
                           r"cited?|cites|confirmed|confirms)\b"
                           # (not more dead of another side: "; the police said three gang members were also killed")
                           r"(?![^.;]*\b(?:also|more|other|another|further)\b)|"
                           r",\s+(?:but|(?:al)?though|while|whereas)\s+(?:the\s+|a\s+|an\s+|local\s+)?(?:[\w'’-]+\s+){0,5}?(?:said|says|told|put|"
                           r"reported|spoke of|gave|claimed|counted|insisted)\b", re.I)


# "a nine" of "a nine-year-old": the article and an age, not a number ("a hundred", "a dozen" are numbers)
_A_AGE = re.compile(r"(?:a|an)\s+(?!hundred|thousand|million|dozen|couple|few|pair)[a-z]+$", re.I)
# a figure the writer disowns in the same breath
_DISOWNED = re.compile(r"\ba (?:figure|claim|toll|number)\b[^.;]{0,50}?\b(?:not|n['’]t|unable to)\b[^.;]{0,20}?\b(?:confirm|verif)\w*",
                       re.I)


_RELEASE_OF = re.compile(r"\b(?:demand(?:ed|ing|s)?|call(?:ed|ing|s)? for|seek(?:ing|s)?|to (?:demand|seek|secure)) the "
                         r"(?:immediate |unconditional )?release of\b[^.;]*", re.I)
# "four (04) terrorists": a figure restated in digits, as press releases write it (blanked: offsets stay)
_RESTATED = re.compile(r"(?<=[a-z])\s\(\d{1,3}\)(?=[\s,;])", re.I)
# "Two ojek (motorcycle-taxi) drivers were shot dead": a gloss of a word inside the count (blanked: offsets stay)
_GLOSS = re.compile(r"(?<=[a-z])\s\((?-i:[a-z])[\w'-]*(?:\s[\w'-]+){0,3}\)(?=\s)", re.I)
# "Three Frontier Corps (FC) personnel were martyred": a force's acronym inside the count, before the noun counted
_ACRONYM_INSIDE = re.compile(r"(?<=[a-z])\s\((?-i:[A-Z]{2,6})\)(?=\s+(?-i:[a-z]))")


_SIDES = (r"soldiers?|troops|servicem[ae]n|personnel|jawans?|gendarmes?", r"police(?:m[ae]n)?|officers?|policemen",
          r"civilians?|villagers?|residents?", r"militants?|insurgents?|fighters?|rebels?|attackers?|assailants?|"
          r"terrorists?|jihadists?|gunmen|bandits?|criminals?|gang members?|gangsters?|hitmen|kidnappers?|dacoits?|raiders?")
SIDE_NAMES = _SIDE_NAMES = ("soldiers", "police", "civilians", "militants")
SIDE_OF = _SIDE_OF = [(name, re.compile(rf"\b(?:{pat})\b", re.I)) for name, pat in zip(_SIDE_NAMES, _SIDES)]
_GENERIC = re.compile(r"\b(?:people|persons|individuals|others|victims|bodies|corpses|dead|deaths|fatalities|"
                      r"casualties|injured|wounded|injuries)\b|^\W*[\d\w-]+\W*(?:were|was|have|had|are)\b", re.I)
PERSON_WORD = _PERSON_WORD = re.compile(rf"\b{_PERSON}\b", re.I)
_OWN_LOSS = re.compile(r"(?:lost|losing)\b", re.I)
_NATIONALS = re.compile(r"(?:[A-Z][\w-]+ )?(?:nationals|citizens)|[A-Z][a-z]+(?:ians|eans|ese|is)")
# "A mother and three of her children were killed": a family, civilians (the side "five civilians" counted)
_KIN = re.compile(r"mothers?|fathers?|child(?:ren)?|sons?|daughters?|wi(?:fe|ves)|husbands?|bab(?:y|ies)|infants?|"
                  r"girls?|boys?|wom[ae]n|brothers?|sisters?|grand\w+", re.I)
_OURS = re.compile(r"\bour\b", re.I)
_SAME_FORCE = {"volunteer": "vdp"}
_INCREMENT = re.compile(r"\b(?:more|other|another|further|additional|also)\b", re.I)


_BODIES_OF = re.compile(r"(?:bodies|corpses|remains) of ", re.I)
_NOUN_AFTER = re.compile(r"(?:bodies|corpses|remains) of \S+(?: \S+){0,3}", re.I)


_APPOSITIVE_RE = re.compile(_APPOSITIVE, re.I)


def by_side(kind: str, text: str) -> list[tuple[str | None, int, bool]]:
    """Each casualty phrase of the sentence as (side, figure, whether it adds to figures told before): "seven
    soldiers had been killed" is ("soldiers", 7, False), "two more civilians died" ("civilians", 2, True), "11
    people" (None, 11, False): a figure for everyone."""
    out = []
    for a, b, v in _sourced_spans(kind, text):
        phrase = text[a:b]
        if _BODIES_OF.match(phrase):
            # "the bodies of seven attackers": the match stops at the noun's first letter; the side is the noun
            phrase = _NOUN_AFTER.match(text, a).group(0)
        if "," in phrase:
            # (who the counted were, set off by commas, is no side: "nine people, four of them civilians" counts
            # everyone; "Five Maoists, including two women" the Maoists)
            phrase = _APPOSITIVE_RE.sub(" ", phrase)
        sides = [name for name, pat in _SIDE_OF if pat.search(phrase)] or (
            ["soldiers"] if _OWN_LOSS.match(phrase) else [])  # "the army said it lost two men"
        side = "+".join(sides) if sides else None  # "two soldiers and three militants were killed": both
        if side is None and not _GENERIC.search(phrase) and not _OURS.search(phrase):
            # ("two of our men": the speaker's own, a side already told by its name, so a figure for everyone)
            # "eight worshippers", "one Inspector": a side of its own, named by its noun; "four Palestinians": a
            # people, everyone the event hit
            noun = _PERSON_WORD.search(phrase)
            side = None if noun and _NATIONALS.fullmatch(noun.group(0)) else \
                "civilians" if noun and _KIN.fullmatch(noun.group(0)) else \
                noun.group(0).lower().rstrip("s") if noun else phrase.lower()
            # ("Four volunteers for the defence of the homeland were killed ... Four VDP were killed": one force,
            # by its name and by its acronym)
            side = _SAME_FORCE.get(side, side)
        out.append((side, v, bool(_INCREMENT.search(phrase))))
    return out


_SOURCE_THAT = re.compile(r"\b(?:told|said|says|reported|confirmed)\b[^.;]{0,60}?\bthat\b", re.I)
_AT_ONCE = re.compile(r"\b(?:at the scene|on the spot|on site|instantly|immediately)\b", re.I)


def frame_toll(kind: str, reports: list[str], others: list[str], violent: bool = True) -> int:
    """The toll of one event from the sentences that report it, in order, and from `others` that only add to
    it. Within a sentence the phrases add up. A later figure for a side already counted is another estimate of
    it: the higher one stands ("killing at least 12 soldiers ... the army said seven soldiers had been killed" is
    12), unless it says "more" or "other"; a later figure for everyone at least as high as the count so far is
    the new total ("eight worshippers ... 11 people had been killed" is 11); figures for another side add ("13
    militants were killed in the battle"), and so, as before, do smaller figures for everyone."""
    total = 0
    seen: dict[str | None, int] = {}
    # "nine civilians were killed ..., while civil society groups put the toll at fourteen. ... The civil society
    # coordinator says fourteen people died": the higher figure set aside once stays aside when its source repeats it
    set_aside: set[int] = set()
    for k, text in enumerate(reports):
        spans = by_side(kind, text)
        if k and total and set_aside and len(spans) == 1 and spans[0][0] is None and not spans[0][2] \
                and spans[0][1] in set_aside:
            continue
        if k and total and kind == "fatalities" and len(spans) == 1 and spans[0][0] is None and not spans[0][2] \
                and spans[0][1] > total and _LOCAL_TELLERS.match(text) and toll_update(text) is None:
            # "Armed bandits killed six people ..., the police command has confirmed. ... Villagers who spoke to Zobe
            # FM said nine people were killed": another source's higher figure, not a new total (ACLED codes the lower)
            continue
        aside = _weighed(kind, text)[1]
        if aside is not None:
            set_aside.add(aside)
        if k and seen and set(seen) == {None} and spans and all(side is not None and not more for side, _, more in spans):
            # "... killed at least seven people. It said four tribal fighters and three SDF members were killed": the
            # figure for everyone broken down by side; or, when the sides add up to more ("at least 12 people were
            # killed ... five soldiers and 14 militants had died"), the fuller count of the same dead.
            total = max(total, sum(v for _, v, _ in spans))
            seen.update((side, v) for side, v, _ in spans)
            continue
        if k and total and len(spans) >= 2 and sum(v for _, v, _ in spans) == total:
            # "at least nine soldiers were killed ... Seven soldiers died on the spot and two more died of their
            # wounds": the toll told again, in parts
            continue
        if k:
            # Within a sentence the phrases add up ("killing two terrorists, while one of the post's fighters was
            # martyred"): one figure a side before comparing it with what was told
            merged: dict[tuple[str | None, bool], int] = {}
            for side, v, more in spans:
                merged[side, more] = merged.get((side, more), 0) + v
            spans = [(side, v, more) for (side, more), v in merged.items()]
        quoted = _quoted_values(kind, text) if k and total and ('"' in text or "“" in text) else ()
        for side, v, more in spans:
            if k and not more and v in quoted and v <= total:
                continue  # ... a strike that killed "two ISIS operatives": a party's word for the dead told already
            if k == 0 or more:
                total += v
            elif side is None and v in seen.values() and len(seen) >= 2:
                # "killing six residents and two police officers ... Six people, including a boy, were shot
                # dead": the figure of one side told again for everyone, the same dead
                continue
            elif side is None and v < total and _SOURCE_THAT.search(text) and not _INCREMENT.search(text):
                # "Five people were killed ... || The mayor told our newsroom this morning that four people had been
                # killed": a source's own (earlier) count of the same dead, not more dead
                continue
            elif side is None and v < total and _AT_ONCE.search(text):
                # "Gunmen killed seven people ... killing six people at the scene": those who died at once, a part
                # of the toll told (the last of them dies later: "A seventh victim died in hospital")
                continue
            elif side is None:
                total = v if v >= total else total + v
            elif side in seen:
                total += max(0, v - seen[side])
                v = max(v, seen[side])
            elif any(key and side in key.split("+") for key in seen):
                continue  # "two soldiers and five militants were killed ... the army lost two men": told already
            elif _holds_the_sides(side, seen):
                total += max(0, v - sum(seen.values()))  # the sides told, and more, in one figure (see below)
            else:
                total += v
            seen[side] = v if k and not more else seen.get(side, 0) + v
    told = bool(seen) or not violent   # a protest's toll is its own report's, never another sentence's
    for text in others:
        # A sentence told apart from the report adds only the dead of a side it has not counted; where the report
        # counted none ("... clashed with a gang of kidnappers near Djohong. Four kidnappers were killed"), it is
        # the toll.
        spans = by_side(kind, text)
        if told and total and len(spans) >= 2 and sum(v for _, v, _ in spans) == total:
            continue  # "Seven soldiers died on the spot and two more died of their wounds": the nine told, in parts
        quoted = _quoted_values(kind, text) if told and total and ('"' in text or "“" in text) else ()
        for side, v, more in spans:
            if not more and v in quoted and v <= total:
                continue
            if told and side is None and not more and v > total and kind == "fatalities" and _LATER_DEATHS.search(text):
                # "the ministry said 14 people were killed in the attack: 12 civilians, among them a trader who died
                # of his wounds in hospital, and two villagers whose bodies were found ...": the count that takes in
                # those who died since, a new total
                total = v
                seen = {None: v}
                continue
            if told and set(seen) == {None} and side == "civilians" and not more and v <= total:
                continue  # "At least four people, including the bomber, were killed ... Three civilians were martyred"
            if told and not more and _holds_the_sides(side, seen):
                # "At least seven soldiers were killed ... || 'Seven of our soldiers and two civilians ... were
                # killed'": the sides told, and another, in one figure: the fuller count of the same dead
                total += max(0, v - sum(seen.values()))
                seen[side] = max(v, sum(seen.values()))
                continue
            if not told or side is not None and seen and side not in seen and "+" not in side \
                    and not any(side in s for s in seen if s is not None):
                total += v
                seen[side] = v
    return total


# A figure inside quotation marks: a party's own label for the dead ("killed \"two ISIS operatives\"")
# (inside a clause, not a quotation that opens the sentence: '"Seven of our soldiers ... were killed"')
_QUOTED_FIGURE = re.compile(r'(?<=\w )["“](?:at least |some )?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|'
                            r'twelve)\b', re.I)


def _quoted_values(kind: str, text: str) -> set[int]:
    return {v for a, b, v in _sourced_spans(kind, text) if _QUOTED_FIGURE.search(text, max(0, a - 1), b)}


def _holds_the_sides(side: str | None, seen: dict[str | None, int]) -> bool:
    """Whether a joint figure ("soldiers+civilians") covers every side counted so far, and another besides."""
    if side is None or "+" not in side or not seen or None in seen:
        return False
    parts = set(side.split("+"))
    return all(s in parts for s in seen) and len(parts) > len(seen)


# Those on the spot, opening a sentence as its source: "Villagers who spoke to Zobe FM said", "Residents say"
_LOCAL_TELLERS = re.compile(r"^\W*(?:but |however,? )?(?:some |other |local )?(?:villagers|residents|witnesses|locals|survivors|relatives|"
                            r"families|community leaders|(?:local|community|civil society) sources|civil society(?: groups)?|"
                            r"activists|local officials|"
                            r"(?:the|an?) (?:[\w'’-]+ ){0,5}?(?:office|agency|observatory|monitor|organi[sz]ation|commission|"
                            r"ombudsman|committee|network|NGO|rights group))\b[^.;]{0,60}?\b(?:said|say|says|told|put|spoke of|counted|reported|"
                            r"claimed|gave)\b", re.I)


# A body's word on the death of someone it names: "condemns the death of Manuel Guaman Yupanqui, a farmer who ..."
_NAMED_DEATH = re.compile(r"\b(?:condemn(?:s|ed)?|denounc(?:es|ed)|deplor(?:es|ed)|mourn(?:s|ed)?) the (?:violent )?"
                          r"(?:death|killing|murder|assassination) of (?:(?-i:[A-Z])[\w'’.-]+ ){1,3}?(?-i:[A-Z])[\w'’-]+")
# "the killing of a barangay kagawad who was shot dead": a noun no list knows, a person by its relative clause
_WHO_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?,?\s+who\s+(?:was|were|had|has)\b")
_OF_THE_DEAD_END = re.compile(r"\b(?:of|for) (?:the|those) (?:dead|killed|deceased|injured|wounded)$", re.I)


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|^\W*\d{1,2}\.\d{2}(?=\s*[-–—:])")


@functools.lru_cache(maxsize=1024)
def _spans(kind: str, text: str) -> tuple[tuple[int, int, int], ...]:
    """The casualty phrases of `kind` in one sentence as (start, end, figure). Remembered for the last sentences
    read: a frame's toll, its sides and the reader's checks ask again of the same sentence (two calls in five)."""
    return tuple(_find_spans(kind, text))


def _find_spans(kind: str, text: str) -> list[tuple[int, int, int]]:
    if not _ANCHOR[kind].search(text):
        return []
    if "(" in text:
        text = _RESTATED.sub(lambda m: " " * len(m.group(0)), text)
        text = _GLOSS.sub(lambda m: " " * len(m.group(0)), text)
        text = _ACRONYM_INSIDE.sub(lambda m: " " * len(m.group(0)), text)
    if ":" in text or text[:1].isdigit():
        # "15:20 - A child has been killed": a live blog's clock, not twenty dead
        text = _CLOCK.sub(lambda m: " " * len(m.group(0)), text)
    if '"' in text or "“" in text:
        # 'three soldiers and "several assailants" were killed': a source's words quoted inside the count
        text = text.replace('"', " ").replace("“", " ").replace("”", " ")
    if kind == "arrests" and "release" in text:
        # "a mob of about 300 people gathered ... demanding the release of a local youth detained in connection with
        # a case of extortion": whom a crowd wants freed, not those it counts
        text = _RELEASE_OF.sub(lambda m: " " * len(m.group(0)), text)
    spans: list[tuple[int, int, int]] = []
    lowered = lower_exact(text)
    first, fourth = _PATTERNS[kind][0], _PATTERNS[kind][3]
    for pat, lits, fast_pat in _BY_KIND[kind]:
        if lowered is not None and not may_match(lits, lowered):
            continue  # no match possible: the same as an empty finditer
        matches = fast_pat.finditer(text)
        while matches is not None:
            m = next(matches, None)
            if m is None:
                break
            raw = m.groupdict().get("n") or m.groupdict().get("n2") or m.groupdict().get("n3")
            if raw is None:
                continue
            if raw[:1].isupper() and _VAGUE_CROWD.fullmatch(raw):
                # "Thousands of people attended the funeral prayers of six policemen killed": a crowd, no figure,
                # and the count it swallowed is read from after it
                matches = pat.finditer(text, m.end(next(k for k in ("n", "n2", "n3") if m.groupdict().get(k) == raw)))
                continue
            if re.fullmatch(r"no[ -]one|nobody|none", raw.strip().lower()):
                continue  # "no one had been detained": none
            if len(raw) == 4 and raw[:2] in ("19", "20") and raw.isdigit() and _YEAR_BEFORE.search(text, 0, m.start("n")):
                continue  # "attacks around Christmas 2023 killed nearly 200": a year, not a count
            if raw.strip().lower() in ("a", "an") and _A_GROUP_OF.match(text, m.end("n")):
                continue  # "neutralised a group of fighters": no figure

            if _OF_THE_DEAD_END.search(m.group(0)):
                continue  # "two relatives of the dead": the living, who speak for the dead
            if _AGE_BEFORE.search(text, 0, m.start()):
                continue  # "two brothers aged nine and twelve were killed": ages, not a second count
            if "number of" in m.group(0).lower() and pat is not first:
                continue  # "an unknown number of X were killed" gives no figure
            if pat is first:
                if any(s < m.end() and m.start() < e for s, e, _ in spans):
                    continue
                a = 1 if m.group("n").lower() == "the" else _value(m.group("n"), True) or 0
                b = (1 if m.group("m").lower() == "the" else _value(m.group("m"), True) or 0) if m.group("m") else \
                    1 if m.groupdict().get("m0") else 0
                if b and text[m.end("m"):m.end("m") + 11].lower() == " number of ":
                    b = 0  # "four policemen and a number of bandits": no figure for the bandits
                spans.append((m.start(), m.end(), a + b))
                continue
            has_person = m.group(0).rstrip().lower() != raw.lower() and pat is not fourth
            # "a man was killed": the article counts as one only when a person noun follows it.
            if _NUM_WORD_ONE.match(raw.strip()) and not re.search(_PERSON, m.group(0)[len(raw):], re.I) \
                    and not _AGED_ONE.match(text, m.end()) and not _WHO_AFTER.match(text, m.end()):
                continue  # (but "killing a 47-year-old train mechanic": an age is a person's)
            v = _value(raw, has_person or pat is fourth)
            if v is None:
                continue
            kin = m.groupdict().get("k")
            if kin:
                v += _value(kin, True) or 0
            if any(s < m.end() and m.start() < e for s, e, _ in spans):
                continue
            spans.append((m.start(), m.end(), v))
    if kind == "fatalities":
        spans += _pair_counts(text, spans)
        if not spans and (named := _NAMED_DEATH.search(text)) is not None:
            spans.append((named.start(), named.end(), 1))  # "condemns the death of Manuel Guaman": one person
    cause = _PROTESTED_CAUSE.search(text)
    if cause is not None:
        # "held a vigil ... to demand an investigation into both deaths": what the protest is about, not its toll
        # (up to the next clause: "... demanding reforms, and police shot dead two of them")
        end = _NEXT_CLAUSE.search(text, cause.end())
        end = end.start() if end else len(text)
        spans = [sp for sp in spans if not cause.start() <= sp[0] < end]
    return spans


_VAGUE_CROWD = re.compile(r"(?:Thousands|Hundreds|Dozens|Scores|Tens)", re.I)
_YEAR_BEFORE = re.compile(r"\b(?:in|since|of|until|around|christmas|easter|ramadan|january|february|march|april|may|june|july|"
                          r"august|september|october|november|december)\s+$", re.I)
# (a force or a patrol "of the Federal Police" that arrested: the unit, no one arrested)
_A_GROUP_OF = re.compile(r"\s+(?:[\w-]+\s+)?(?:group|number|band|gang|unit|squad|cell|column|convoy|bunch|crowd|mob|force|"
                         r"detachment|team|patrol|contingent)s?\s+of\b",
                         re.I)
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|when|before|after|as)\b|;|\s(?:when|before|after|until)\s|"
                          # "fired to disperse people protesting against an arrest, killing one protester": the
                          # participle clause is what the firing did, not what the protest was about
                          r",\s+(?:killing|leaving|wounding|injuring)\b|"
                          # "broke up a protest by oil workers demanding higher wages and detained three union leaders"
                          r"\sand (?:later |then )?(?:arrested|detained|rounded up|killed|shot|wounded|injured)\b", re.I)


_PROTESTED_CAUSE = re.compile(r"\b(?:to demand|demanding|to protest|protesting|in protest (?:at|against|over)|"
                              r"(?:against|over) the (?:killings?|deaths?|murders?) of|"
                              r"to denounce|denouncing|to condemn|condemning)\b", re.I)


_AGED_ONE = re.compile(r"\s+\d{1,3}-year-old\b")
# The words before a number that make it an age: "aged 9", "aged nine and twelve", "ages of 9 and 12".
_AGE_BEFORE = re.compile(r"\b(?:aged|ages(?: of)?|aged between)\s+(?:[\w-]+\s+(?:and|to)\s+)?$", re.I)


_AND_MORE = re.compile(rf"\b(?:kill(?:ed|ing)|leaving)\s+(?:{_Q})\s+{_MODS}{_PERSON}\s+and\s+(?P<n>{_Q})\s+"
                       rf"{_MODS}{_PERSON}", re.I)


# ("shot dead a member of a local council and his brother": the one named by what they belong to, and kin)
_AND_RELATIVE = re.compile(rf"\b(?:kill(?:ed|ing)|shot dead|shooting dead)\s+(?:a|an|one)\s+(?:[\w-]+\s+)?{_PERSON}"
                           r"(?:\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+and\s+"
                           # ("killing a brother and sister aged 8 and 11": two)
                           r"(?P<kin>(?:(?:his|her|their)\s+(?:[\w-]+\s+)?)?(?:wife|husband|son|daughter|child|mother|"
                           r"father|brother|sister|nephew|niece|grandson|granddaughter|baby))\b"
                           r"(?!\s+(?:of|to)\b)", re.I)   # (not "a teacher and mother of three": one woman)
_KIN_WORD = (r"(?:wife|husband|sons?|daughters?|child(?:ren)?|mother|father|brothers?|sisters?|nephews?|nieces?|"
             r"grand(?:son|daughter|child)(?:ren|s)?|baby|bab(?:y|ies))")
_KIN_ITEM = re.compile(rf"(?:,\s+|\s+and\s+)(?:his|her|their)\s+(?:(?P<n>{_Q})\s+|[\w-]+\s+)?{_KIN_WORD}\b", re.I)
_KIN_LIST = re.compile(rf"\b(?:kill(?:ed|ing)|shot dead|shooting dead|murder(?:ed|ing))\s+(?P<head>(?:a|an|one)\s+"
                       rf"(?:[\w-]+\s+)?(?:man|woman|farmer|trader|teacher|driver|herder|shopkeeper|pastor|imam))"
                       rf"(?:,\s+(?:his|her|their)\s+(?:[\w-]+\s+)?{_KIN_WORD}\b)+\s+and\s+(?:his|her|their)\s+"
                       rf"(?:[\w-]+\s+)?{_KIN_WORD}\b", re.I)
# "a municipal councilor of Masiu and his driver were shot dead": the one named and the one with him, two dead
_PAIR_PASSIVE = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*(?:\s+of\s+(?-i:[A-Z])[\w'’-]+)?\s+and\s+"
                           r"(?:his|her)\s+(?:[\w-]+\s+)?(?:driver|wife|husband|son|daughter|brother|sister|bodyguard|"
                           r"guard|aide|assistant|companion|friend|father|mother|nephew|niece|cousin|child)\s+"
                           r"(?:were|have been|had been)\s+(?:\w+\s+)?(?:killed|shot dead|murdered|gunned down|hacked to death|"
                           r"stabbed to death)\b", re.I)
_BARE_KILL = re.compile(rf"\b(?:kill(?:ed|ing)|shooting dead|shot dead)\s+(?P<n>{_Q})(?=\s*[.;]|\s+and\s+(?:injur|wound)|,\s+"
                        r"(?:and\s+|while\s+)?(?:injur|wound))", re.I)
# "triggered an improvised explosive device ..., killing the driver and his passenger": the two named, two dead
_THE_PAIR = re.compile(r"\b(?:kill(?:ed|ing)|shot dead|shooting dead)\s+the\s+(?:[\w-]+\s+)?(?:driver|rider|owner|"
                       r"farmer|herder|trader|chief|teacher|pastor|imam|priest|village head|councillor|councilor)\s+and\s+"
                       r"(?:his|her)\s+(?:[\w-]+\s+)?(?:passenger|driver|wife|husband|son|daughter|brother|sister|"
                       r"bodyguard|guard|aide|assistant|companion|friend|father|mother|nephew|niece|cousin|child)\b", re.I)
# "Russian drones killed an elderly couple in their home", "a couple were shot dead": two people (not "a couple of")
_COUPLE = re.compile(r"\b(?:(?:kill(?:ed|ing)|shot dead|shooting dead|murder(?:ed|ing))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                     r"couple\b(?!\s+of\b)|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?couple\s+(?:was|were|had been|have been)\s+"
                     r"(?:\w+\s+)?(?:killed|shot dead|murdered))", re.I)
# "struck a landmine, killing the driver and two passengers": the one named by the role and those counted after
_THE_ROLE_AND = re.compile(rf"\b(?:kill(?:ed|ing)|shot dead|shooting dead)\s+the\s+(?:[\w-]+\s+)?(?P<role>[a-z]+[^s\W])\s+"
                           rf"and\s+(?:at least\s+)?(?P<n>{_Q})\s+{_MODS}{_PERSON}\b", re.I)
# "blew herself up ..., killing herself and four other people": the bomber is one of the dead (ACLED counts her).
_SELF_AND = re.compile(rf"\b(?:kill(?:ed|ing)|blowing up|blew up)\s+(?P<self>himself|herself|themselves)\s+and\s+"
                       rf"(?:at least\s+)?(?P<n>{_Q})\s+{_MODS}{_PERSON}", re.I)
# "killing two soldiers, a civilian and himself": each further item of a list after a counted victim shares the verb
# (the bomber as one: ACLED counts him); an item ends where the list goes on or the clause ends ("..., a local official
# said" is no victim)
_LIST_HEAD = re.compile(rf"\b(?:kill(?:ed|ing)|leaving)\s+(?:{_Q})\s+{_MODS}{_PERSON}(?=,\s)", re.I)
# (not a part of those counted: "seven civilians, three of them children"; nor who they were: "two shepherds, a man
# and his teenage son")
_LIST_ITEM = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?P<n>{_Q})(?!\s+of\b)\s+{_MODS}{_PERSON}|(?P<self>himself|herself))"
                        r"(?=\s*(?:[,.;]|$)|\s+(?:and|in|at|on|near|while|when|as|after|before)\b)"
                        r"(?!\s+and\s+(?:his|her|their)\b)", re.I)
_PASSIVE_LIST_HEAD = re.compile(rf"\b(?P<n>{_Q})\s+(?:[\w'-]+\s+){{0,2}}?{_PERSON},\s+$", re.I)
_LOST = re.compile(rf"\b(?:lost|losing|(?:for|with|at) the loss of)\s+(?:at least\s+)?(?P<n>{_Q})\s+{_MODS}(?:soldiers?|troops|m[ae]n|fighters?|officers?|"
                   r"policem[ae]n|personnel|servicem[ae]n|members?|comrades?)\b", re.I)


def _pair_counts(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    # "killing three soldiers and two militants": the second figure shares the verb.
    out = []
    for m in _AND_MORE.finditer(text):
        s = m.start("n")
        if any(a <= s < b for a, b, _ in spans):
            continue
        tail = text[m.end():m.end() + 30].lower()
        if re.match(r"\s*(?:were |was )?(?:injured|wounded|hurt|arrested)", tail):
            continue
        v = _value(m.group("n"), True)
        if v:
            out.append((s, m.end(), v))
    if ", " in text:
        for m in _KIN_LIST.finditer(text):
            # "shot dead a man, his wife and their adult son": the one named and each relative listed after him
            inside = [x for x in spans if m.start() <= x[0] and x[1] <= m.end()]
            if not any(a < m.end() and m.start() < b for a, b, _ in out) and all(
                    x in inside for x in spans if x[0] < m.end() and m.start() < x[1]):
                for x in inside:
                    spans.remove(x)   # ("shot dead a man" counted one: the list counts him and his family)
                out.append((m.start(), m.end(), 1 + sum(
                    (_value(k.group("n"), True) or 1) if k.group("n") else 1
                    for k in _KIN_ITEM.finditer(text, m.end("head"), m.end()))))
    for m in _AND_RELATIVE.finditer(text):
        # "killing a woman and her daughter": the second victim shares the verb and the article's "one".
        if any(a <= m.start("kin") < b for a, b, _ in spans + out):
            continue
        if any(a <= m.start() < b for a, b, _ in spans):
            out.append((m.start("kin"), m.end(), 1))
    if " and " in text:
        for m in _PAIR_PASSIVE.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b, _ in spans + out):
                out.append((m.start(), m.end(), 2))
    for m in _BARE_KILL.finditer(text):
        # "fired live rounds at artisanal miners ..., killing one and injuring three": the figure alone, its people
        # those the sentence named
        v = _value(m.group("n"), True)
        if v and not any(a < m.end() and m.start() < b for a, b, _ in spans + out):
            out.append((m.start(), m.end(), v))
    if "couple" in text:
        for m in _COUPLE.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b, _ in spans + out):
                out.append((m.start(), m.end(), 2))
    if " and " in text:
        for m in _THE_PAIR.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b, _ in spans + out):
                out.append((m.start(), m.end(), 2))
    if " and " in text:
        for m in _THE_ROLE_AND.finditer(text):
            v = _value(m.group("n"), True)
            if v and _PERSON_WORD.fullmatch(m.group("role")) and \
                    not any(a < m.end() and m.start() < b for a, b, _ in spans + out):
                out.append((m.start(), m.end(), v + 1))
    for m in _SELF_AND.finditer(text):
        v = _value(m.group("n"), True)
        if v and not any(a < m.end() and m.start() < b for a, b, _ in spans + out):
            out.append((m.start(), m.end(), v + (m.group("self").lower() != "themselves")))
    if ", " in text:
        for m in _LIST_HEAD.finditer(text):
            pos = m.end()
            while (item := _LIST_ITEM.match(text, pos)) is not None:
                v = 1 if item.group("self") else _value(item.group("n"), True)
                if v and not any(a < item.end() and item.start() < b for a, b, _ in spans + out):
                    out.append((item.start(), item.end(), v))
                pos = item.end()
    if ", " in text:
        for a, _, _ in list(spans):
            # "five Wazalendo fighters, two M23 rebels and a civilian had been killed": the list's first figure, before
            # the pair the passive pattern counted
            head = _PASSIVE_LIST_HEAD.search(text, max(0, a - 60), a)
            v = _value(head.group("n"), True) if head is not None else None
            if v and not any(x < head.end() and head.start() < y for x, y, _ in spans + out):
                out.append((head.start(), head.end(), v))
    for m in _LOST.finditer(text):
        # "the army said it lost four soldiers": its own dead
        v = _value(m.group("n"), True)
        if v and not any(a < m.end() and m.start() < b for a, b, _ in spans + out):
            out.append((m.start(), m.end(), v))
    return out


def coded_fatalities(text: str) -> int | None:
    """An explicit total ("3 fatalities", "fatalities coded as 4") overrides counted phrases."""
    vals = []
    for m in _CODED.finditer(text):
        v = words_to_int(m.group("n") or m.group("n2"))
        if v is not None:
            vals.append(v)
    return max(vals) if vals else None


def says_none(kind: str, text: str) -> bool:
    return bool(_NONE[kind].search(text))


_DEFINITE_ONE = re.compile(r"\b(?:the|this|that|our|his|her|their) (?:\w+ )?(?:man|woman|boy|girl|child|victim|person|soldier|"
                           r"officer|policeman|civilian|farmer|driver|journalist|teenager|student|worker|youth|"
                           r"(?:president|chairman|chairwoman|leader|head|mayor|councill?or|chief|secretary|treasurer) of "
                           r"(?:a|an|the) (?:[\w-]+ ){0,3}?(?:board|council|committee|association|union|community|party|"
                           r"cooperative|village|group))\b"
                           # ("Our driver, Serhii, 52, was killed at the scene": a name and an age told between)
                           r"(?:,[^.;]{1,60}?,)?(?:\s+\w+){0,2}?\s+(?:died|succumbed|was (?:later |subsequently )?(?:killed|found dead|"
                           # "the president of a community action board was shot dead": one person, by the office held
                           r"shot dead|gunned down|"
                           r"pronounced dead|beaten to death|hacked to death|stabbed to death|burned to death|"
                           r"lynched))|\b(?:he|she) (?:later |subsequently )?(?:died|succumbed)\b|"
                           # "The man shot during the clearing of the blockade in Ventanas this afternoon has died"
                           r"\bthe (?:[\w-]+ )?(?:man|woman|boy|girl|protester|demonstrator|student|farmer|officer|soldier|"
                           r"policeman|child|teenager|youth),? (?:who (?:was|had been) )?(?:shot|wounded|injured|hurt|hit|"
                           r"stabbed|beaten)\b[^.;]{0,100}?\b(?:has |had )?(?:died|succumbed)\b|"
                           # "a 34-year-old man, a dairy farmer ..., was shot in the chest and died before reaching hospital"
                           r"\b(?:a|an) (?:[\w-]+ ){0,2}(?:man|woman|boy|girl|protester|demonstrator|student|farmer|driver)"
                           r"(?:,[^.;]{1,80},)? was (?:shot|stabbed|hit|beaten|wounded)\b[^.;]{0,40}? and (?:later )?died\b|"
                           # "the municipality's director of public works was shot dead": one person, by the office held
                           r"\bthe (?:[\w-]+['’]s )?(?:[\w-]+ )?(?:director|head|chief|secretary|mayor|governor|commander|"
                           r"judge|prosecutor|councill?or|chairman|chairwoman|treasurer|administrator|manager|editor|"
                           r"principal|coordinator)(?: of(?: [\w-]+){1,4}?)?(?:,[^.;]{1,60}?,)? was (?:later )?(?:shot dead|"
                           r"killed|murdered|assassinated|gunned down|stabbed to death|found dead)\b|"
                           # "an IED attached to the car of a council member exploded as he started the engine,
                           # killing him": the one man the sentence told
                           r",\s+killing (?:him|her)\b(?! and)|"
                           # "the body of one of the attackers was found at the scene": one dead, found
                           r"\bthe body of (?:a|an|one of the) (?:[\w'-]+ ){0,4}?(?:was|had been|has been) (?:later )?"
                           r"(?:found|recovered|discovered|retrieved)\b|"
                           # "attacked a 28-year-old man ... and beat him to death"
                           r"\b(?:beat|beating|hacked|hacking|stabbed|stabbing|stoned|stoning|burned|burnt|burning) (?:him|her) to death\b|"
                           # "the social leader Hernando Parales, 47, president of ..., was shot dead"
                           r"\b(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?:,[^.;]{1,140}?,)? (?:was (?:later |subsequently )?"
                           r"(?:shot dead|killed|murdered|assassinated|gunned down|stabbed to death|beaten to death|"
                           r"hacked to death|lynched|found dead)|(?:later )?died of (?:a |his |her )?(?:gunshot|stab|bullet)? ?"
                           # "Catalino Choc Caal, 34, died of a gunshot wound to the chest"
                           r"(?:wounds?|injuries))\b|"
                           # "The victim was attacked with a machete and later died at the hospital", "The other, aged
                           # about 25, died at the scene", "Police arrived after he had died"
                           r"\bthe victim\b[^.;]{0,60}?\band (?:later |subsequently )?died\b|"
                           # "The victim was rushed to the General Hospital, where he was confirmed dead"
                           r"\bthe victim (?:later |subsequently )?died\b|\b(?:the victim|he|she)\b[^.;]{0,80}?\b(?:was|had been) "
                           r"(?:later )?(?:confirmed|declared|pronounced) dead\b|"
                           r"\bthe other(?: one| man| woman)?(?:,[^.;]{1,40},)? (?:later )?died\b|"
                           r"\bafter (?:he|she) had died\b|"
                           # an army statement's "resulting in the martyrdom of a first lieutenant"
                           r"\b(?:resulting|resulted|which resulted) in the (?:martyrdom|death|killing) of (?:a|an|one) \w+", re.I)


# "shot dead the mukhtar of Tasil": one person killed. ("Protests against the killing of a man" is a grievance.)
_ONE_KILLED = re.compile(r"\b(?:a|an|the) (?:[\w-]+ ){0,3}?(?:man|woman|boy|girl|teenager|youth|trader|farmer|driver|"
                         # "a mob beat and set ablaze a man accused of being an informant, killing him": one dead
                         r"suspect|student|worker|herder|resident|villager)\b[^.;]{0,150}?,? (?:killing|and killed) "
                         r"(?:him|her)\b|"
                         r"\b(?:shot dead|shooting dead|shot and killed|assassinat(?:ed|ing)|lynch(?:ed|ing)|"
                         r"behead(?:ed|ing)|stabbed to death|killing|killed)\s+(?:the|a|an|its|his|her|their)\s+"
                         # (a plural within three words is several people; "Indigenous", "boss" are no plurals)
                         r"(?!(?:\w+\s+){0,2}\w+(?<!ou)(?<!s)s\b|(?:\w+\s+)?(?:number|total|dozen|handful|couple|few|score|host|"
                         r"series|range|variety)\b|(?:\w+\s+){0,2}(?:men|women|children|people|police|personnel)\b|"
                         # (an age is no count: "killing the 61-year-old driver")
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b(?!-))|"
                         # "gunmen shot dead village chief Ernesto Bañares": a bare role, then the victim's name
                         r"\b(?:shot dead|shooting dead|gunned down|assassinat(?:ed|ing)|murdered|stabbed to death|killed|"
                         r"killing)\s+(?-i:(?:(?!(?:in|on|at|near|during|by|and|or|when|after|before|while|as|outside|"
                         r"inside|from|with|for|since|last|this|early|late|overnight|two|three|four|five|six|seven|eight|"
                         r"nine|ten|dozens|scores|hundreds|several|some|many|more|at|least|all|both|his|her|their|its|of|to|into|"
                         r"[a-z-]+s)\b)[a-z][a-z-]* ){1,3}[A-Z][a-z\u00e0-\u00ff]+(?: [A-Z][a-z\u00e0-\u00ff'’-]+){1,2})\b|"
                         # "gunmen shot dead Aurelio Benavides, 54, a community action board president": the name, then
                         # the age or role set off by a comma
                         r"\b(?:shot dead|shooting dead|gunned down|assassinat(?:ed|ing)|murdered|stabbed to death)\s+"
                         r"(?-i:[A-Z][a-z\u00e0-\u00ff]+(?: [A-Z][a-z\u00e0-\u00ff'’-]+){1,2}),\s+(?:\d{1,3}\b|an?\s|the\s)", re.I)


# "the driver was arrested": one person held, when no figure was given for the incident
_DEFINITE_ARREST = re.compile(r"\b(?:the|a|an|our|his|her|their) (?:[\w-]+ ){0,2}?(?:driver|suspect|man|woman|gunman|attacker|"
                              r"assailant|bomber|owner|shooter|youth|teenager|boy|perpetrator|culprit|monitor|journalist|"
                              r"reporter|activist|colleague|lawyer|teacher|student|leader)(?:,[^,.;]{1,40},)? (?:was|had been|has been) "
                              r"(?:later |subsequently )?(?:arrested|detained|apprehended|taken into custody)\b", re.I)


def definite_arrest(text: str) -> bool:
    return bool(_DEFINITE_ARREST.search(text)) and not says_none("arrests", text)


# "searched the homes of Tatar families and took four men away"
_TAKEN_AWAY = re.compile(rf"\b(?:took|led|drove|carried) (?P<n>{_Q}) (?:{_MODS})?{_PERSON} (?:away|off)\b|"
                         # "raided the homes of five civil activists ... and took them to an unknown location"
                         rf"\braided the (?:homes?|houses?) of (?P<n2>{_Q}) (?:{_MODS})?{_PERSON}\b[^.;]{{0,80}}?\b(?:took|taken) "
                         rf"them\b", re.I)


def taken_away(text: str) -> int:
    """The people a raid took away, counted: "took four men away" is 4."""
    m = _TAKEN_AWAY.search(text)
    return (_value(m.group("n") or m.group("n2"), True) or 0) if m else 0


def definite_death(text: str) -> bool:
    """"The woman subsequently died", "gunmen shot dead the village head": one death, when no figure was given
    for the incident."""
    return bool(_DEFINITE_ONE.search(text) or _ONE_KILLED.search(text))


# "The victim, Mr. Alfred Drani, aged 47, and his son, aged 19, were shot dead": two people named, no figure.
_DEFINITE_PAIR = re.compile(r"\b(?:the (?:\w+ )?(?:man|woman|victim|farmer|trader|dealer|driver|teacher|chief|elder|"
                            r"pastor|priest|imam|official|leader)|(?-i:[A-Z][a-z]+\.?(?: [A-Z][a-z]+){1,2}))(?:,[^;]{1,60}?,)? "
                            r"and (?:his|her) (?:\w+ )?(?:son|daughter|wife|husband|brother|sister|father|mother|child|"
                            r"nephew|niece|cousin|friend|colleague|driver|bodyguard)(?:,[^;]{1,40}?,)? were (?:later )?"
                            r"(?:shot dead|killed|murdered|assassinated|gunned down|hacked to death|stabbed to death|"
                            r"beaten to death|lynched|found dead|burned to death)\b", re.I)


# "A member of the force and the wanted man were killed": two people, each told as one, no figure
_TWO_ONES = re.compile(r"\b(?:a|an|one|the) (?:[\w-]+ ){0,2}?(?:member|man|woman|soldier|officer|policeman|gunman|attacker|"
                       r"assailant|fighter|militant|civilian|driver|guard|suspect)(?: of (?:the|a|an) [\w-]+)? and (?:a|an|one|"
                       r"the) (?:[\w-]+ ){0,2}?(?:member|man|woman|soldier|officer|policeman|gunman|attacker|assailant|fighter|"
                       r"militant|civilian|driver|guard|suspect)(?: of (?:the|a|an) [\w-]+)? were (?:both )?(?:killed|shot dead)\b",
                       re.I)


def definite_deaths(text: str) -> int:
    """The dead a sentence names without a figure: two for "X and his son were shot dead" or "a member of the force
    and the wanted man were killed", one for `definite_death`, else none."""
    return 2 if _DEFINITE_PAIR.search(text) or _TWO_ONES.search(text) else 1 if definite_death(text) else 0


_TOLL_UPDATE = re.compile(rf"\b(?:(?:death|casualty) toll|toll|body count|number (?:of )?(?:\w+ ){{0,2}}(?:dead|killed|deaths|"
                          rf"deceased|fatalities|victims|those killed)),?\s+(?:[\w'-]+,?\s+){{0,12}}?(?:to|at|reached|stands? at|of|upwards?:)\s+"
                          rf"(?:at least\s+)?(?P<n>{_Q})\b|"
                          # "The death toll from Thursday's drone strike on the main market in Ad Duwaym, in Sudan's
                          # White Nile state, has risen to 31": the event named at length, then the verb of the rise
                          # ("The toll from the attack on Bolua, in the north of Beni territory, has risen to eleven")
                          rf"\b(?:(?:death|casualty) )?toll (?:from|in|of) [^.;]{{0,160}}?\b(?:(?:has|have|had) (?:now )?"
                          rf"(?:risen|climbed|jumped|increased|reached|grown)|rose|climbed|jumped|increased|reached|grew)\s+"
                          rf"(?:to\s+)?(?:at least\s+)?(?P<n3>{_Q})\b", re.I)


# "Local authorities initially reported five people killed; on 2 September the office revised the figure to
# seven": a source's own figure for the dead, changed (a sentence that also names the dead).
_REVISED_FIGURE = re.compile(rf"\b(?:revis\w+|rais\w+|updat\w+|increas\w+|correct\w+|put)\s+(?:the|its|their|this)\s+"
                             rf"(?:figure|count|tally|number|estimate)\s+(?:upwards?\s+)?(?:to|at)\s+(?:at least\s+)?"
                             rf"(?P<n>{_Q})\b|"
                             # the passive: "Situation Report No. 2 reported six deaths; the figure has been revised to five"
                             rf"\b(?:the|its|their|this)\s+(?:figure|count|tally|number|estimate)\s+(?:has been|had been|was|is)\s+"
                             rf"(?:revised|corrected|updated|lowered|raised)\s+(?:(?:down|up)(?:wards?)?\s+)?to\s+(?P<n2>{_Q})\b",
                             re.I)
_HEAVIER_TOLL = re.compile(r"\b(?:gave|giving|put forward|reported|cited) (?:a|an) (?:heavier|higher|new|revised|fresh|updated|"
                           r"different|lower) (?:death )?toll\b[:,]?", re.I)
_REVISED_IT = re.compile(rf"\b(?:revis|rais|correct|updat|increas|lift)\w*\s+it\s+(?:upwards?\s+)?to\s+(?:at least\s+)?"
                         rf"(?P<n>{_Q})\b", re.I)
_TOLL_WORD = re.compile(r"\b(?:toll|figure|count|tally)\b", re.I)
_OF_THE_DEAD = re.compile(r"\b(?:killed|dead|deaths?|died|fatalities|bodies)\b", re.I)
# A live blog's later figure: "rescuers now say 11 people were killed", "15 people have now died".
# A later source's count: "an official later said five soldiers had died".
_NOW_TOLL = re.compile(rf"\b(?:now|later) (?:says?|said|puts?|reports?|reported) (?:that )?(?:at least )?(?P<n>{_Q}) (?:\w+ )?"
                       rf"(?:(?:were|have been|had been) killed|had died|have died)\b|\b(?P<n2>{_Q}) (?:\w+ )?(?:have|has) now (?:died|been killed)\b", re.I)
_ORDINAL_DEATH = re.compile(r"\b(?:a|the) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth),? (?:[\w'’-]+,? ){0,14}?"
                            r"(?:died|succumbed|was (?:later )?(?:killed|found dead))|"
                            # "confirmed the death of an eighth victim"
                            r"\bdeath of (?:a|an|the) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|"
                            # "Rescuers pulled a fourth body from the rubble"
                            r"\b(?:a|the) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) body\b|"
                            # "the body of a fifth victim was found on a farm"
                            r"\b(?:body|remains) of (?:a|an|the) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
                            re.I)
_ORDINALS = {w: i for i, w in enumerate(["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                          "tenth"], 2)}


_SUBGROUP_UPDATE = re.compile(r"\bnumber of (?P<noun>[\w-]+) (?:killed|dead)\b|"
                              r"\b(?:death )?toll among (?:the )?(?P<noun2>[\w-]+)", re.I)
# "raised the police death toll to five", "put the military's death toll at nine"
_SIDE_TOLL = re.compile(r"\b(?P<noun>[\w-]+)(?:['’]s)? death toll\b", re.I)
# A side named by its institution: "the military's death toll" counts its soldiers.
# ("bringing the toll among the security forces to three", after "Two gendarmes were killed")
_INSTITUTION_SIDE = {"military": _SIDES[0], "army": _SIDES[0], "security": _SIDES[0]}
_A_FIGURE = re.compile(r"an?\b", re.I)


def side_update(text: str, told: str) -> tuple[int, int] | None:
    """"raising the number of troops killed to six" after "four soldiers and 11 insurgents were killed": (the side's
    new toll, its toll as first told) when the update counts one side only and `told` gave that side a figure."""
    m = _SUBGROUP_UPDATE.search(text) or _SIDE_TOLL.search(text)
    new = toll_update(text)
    if m is None or new is None:
        return None
    noun = m.groupdict().get("noun") or m.groupdict().get("noun2")
    side = next((p for p in _SIDES if re.fullmatch(p, noun, re.I)), None) or _INSTITUTION_SIDE.get(noun.lower())
    if side is None:
        return None
    # "four police officers", not "a police station"
    first = next((f for f in re.finditer(rf"\b(?P<n>{_Q})\s+(?:[\w-]+\s+){{0,2}}?(?:{side})\b", told, re.I)
                  if not _A_FIGURE.fullmatch(f.group("n").strip())), None)
    old = _value(first.group("n"), True) if first else None
    return (new, old) if old is not None and old <= new else None


def other_sides(text: str, counted: set[str | None]) -> int:
    """The dead of sides the frame has not counted, told beside one side's toll update ("the death toll among
    soldiers had risen to 14 ..., and nine attackers had been neutralised"): they add to it."""
    updated = _SUBGROUP_UPDATE.search(text) or _SIDE_TOLL.search(text)
    noun = updated.groupdict().get("noun") or updated.groupdict().get("noun2") if updated else ""
    return sum(v for side, v, more in by_side("fatalities", text)
               if side in _SIDE_NAMES and not more and not any(side in c for c in counted if c)
               and not re.fullmatch(_SIDES[_SIDE_NAMES.index(side)], noun or "", re.I))


# (not "Six civilians died, including one of the injured who died in hospital": one of a total the sentence states)
_ONE_OF_THE_WOUNDED = re.compile(r"(?<!including )(?<!among them )\bone of the (?:[\w-]+ )?(?:wounded|injured)\b"
                                 r"(?:[^.;]{0,60}?)\b(?:later )?(?:died|succumbed)\b", re.I)


def revised(text: str) -> bool:
    """"The police had earlier put the number of dead at five, but ... seven bodies have now been deposited": an
    earlier figure and the one that stands now, in one sentence ("He initially put the toll at seven; the civil
    protection office confirmed nine deaths on Tuesday": the second source's later count)."""
    cut = _revision_cut(text)
    return cut > 0 and bool(_EARLIER_FIGURE.search(text, 0, cut)) and bool(
        _NOW_FIGURE.search(text, cut) or text.startswith("; ", cut) and _CONFIRMED_LATER.match(text, cut)) \
        and count("fatalities", text[cut:]) > 0


def _revision_cut(text: str) -> int:
    cut = text.find(", but ")
    return cut if cut > 0 else text.find("; ")


# "; the civil protection office confirmed nine deaths on Tuesday": a later count, by another voice
_CONFIRMED_LATER = re.compile(r";\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:confirmed|put the (?:death )?toll at|gave a "
                              r"(?:final |new )?toll of|said|reported)\b", re.I)
# "... confirmed nine deaths after two more bodies were found": the bodies that raised the toll are in it
_MORE_BODIES_RAISED = re.compile(r"\b(?:after|when|as)\s+(?:[\w-]+\s+)?(?:more|other|further)\s+bodies\b[^,;.]*", re.I)


def one_of_the_wounded(text: str) -> bool:
    """"One of the wounded children, a nine-year-old girl, died of her injuries on Monday": one more death among
    those already counted as wounded, no figure given."""
    return _ONE_OF_THE_WOUNDED.search(text) is not None


def one_more_death(text: str) -> bool:
    """"A third soldier died in hospital": one more death, whatever the total."""
    return _ORDINAL_DEATH.search(text) is not None


def states_total(text: str) -> bool:
    """"raised the toll to two after a second man died": the sentence gives the new total in a figure, whatever
    ordinal explains it."""
    return _TOLL_UPDATE.search(text) is not None or _NOW_TOLL.search(text) is not None


_ORDINAL_BODY = re.compile(r"\b(?:a|the) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:body|corpse)\b", re.I)


def ordinal_body(text: str) -> int | None:
    """"A third body was found in the afternoon": the rank of the body found (3), which a toll already told may
    include."""
    m = _ORDINAL_BODY.search(text)
    return _ORDINALS[m.group(1).lower()] if m is not None else None


def ordinal_restated(text: str) -> bool:
    """"Three died at the scene and a fourth died early on Sunday": the ordinal closes a count the sentence
    itself gives (three, then the fourth), so the sentence tells the whole toll again, not one more death."""
    m = _ORDINAL_DEATH.search(text)
    return m is not None and m.group(1) is not None \
        and count("fatalities", text[:m.start()]) == _ORDINALS[m.group(1).lower()] - 1


# "bringing the number of people killed, apart from the bomber, to four": the bomber is one of the dead ACLED counts
_BOMBER_APART = re.compile(r"\b(?:apart from|excluding|not including|not counting|without counting|besides|in addition to|other than|plus) the (?:suicide )?bombers?\b",
                           re.I)


# A total brought up by the dead the sentence has just told (not "bringing the total of displaced to 3,000")
_TOTAL_OF_DEAD = re.compile(rf"\b(?:bringing|taking|raising|pushing) the (?:overall )?total\s+to\s+(?:at least\s+)?(?P<n>{_Q})\b"
                            r"(?!\s+(?:displaced|families|households|houses|homes|people (?:displaced|affected)))", re.I)
_DEAD_TOLD = re.compile(r"\b(?:bod(?:y|ies)|corpses?|killed|dead|died|death)\b", re.I)


# Deaths after the event, told inside a fuller count: "among them a trader who died of his wounds in hospital"
_LATER_DEATHS = re.compile(r"\b(?:died|succumbed) (?:later )?(?:of|from|to) (?:his|her|their) (?:wounds|injuries)|"
                           r"\bdied (?:later )?in hospital|\bbodies were (?:later )?(?:found|recovered|discovered)", re.I)
# A toll a source had given before ("Police had put the death toll at 11 on Tuesday"), not the new total
_EARLIER_TOLL = re.compile(r"\bhad (?:initially |earlier |first |previously )?(?:put|given|set|placed|estimated|reported)\b"
                           r"(?:(?!\b(?:but|now|risen|rose)\b)[^.;]){0,30}?\btoll\b", re.I)
# A correction: "two soldiers, not three as first reported ..., were killed": the figure that stands now
_CORRECTED = re.compile(rf"\b(?P<n>{_Q})\s+(?:[\w-]+\s+){{0,2}}?[\w-]+,\s+not\s+(?P<m>{_Q})\b[^.;]{{0,90}}?"
                        rf"\b(?:were|had been|have been|was)\s+killed\b|"
                        # "now says one person was killed in Zatoka, not three as we reported"
                        # ("seven passengers were killed and 12 injured in the Karakoram Highway attack, not nine killed as
                        # initially reported")
                        rf"\b(?P<n2>{_Q})\s+(?:[\w-]+\s+){{0,2}}?(?:were|was|had been|have been)\s+killed\b[^.;,]{{0,60}},\s+"
                        rf"not\s+(?P<m2>{_Q})(?:\s+(?:killed|dead))?\s+as\b", re.I)


@functools.lru_cache(maxsize=1024)  # pure; asked of the same sentence by several steps
def toll_update(text: str) -> int | None:
    """`_toll_update`, with the bomber a toll leaves aside counted among the dead."""
    n = _toll_update(text)
    if n is not None and revised(text):
        # the figure that stands now, not the earlier one
        return count("fatalities", _MORE_BODIES_RAISED.sub("", text[_revision_cut(text):]))
    if n is not None and "bomber" in text and _BOMBER_APART.search(text):
        return n + 1
    return n


def _toll_update(text: str) -> int | None:
    """The new total of "the death toll rose to 17", "raising the number of soldiers killed to three",
    "a second soldier died of his wounds"; none where another source's figure is set against the sentence's own
    ("Four people were killed, according to the police, although village officials put the death toll at six": ACLED
    codes the lower)."""
    if ("toll" in text or "number" in text or "figure" in text) and (", " in text or "; " in text):
        # (also "four civilians were killed at a water point; the SPLA-IO spokesman put the number at nine")
        other = _OTHER_SOURCE.search(text)
        if other is not None and _spans("fatalities", text[:other.start()]) \
                and not _EARLIER_FIGURE.search(text, 0, other.start()):
            # (not "The police initially confirmed 11 deaths, but the state government put the toll at 14": the
            # first figure was the earlier one, the other source's is the count now)
            return None
        if _DISOWNED.search(text):
            return None  # "Local authorities have put the death toll at 20, a figure CADH has not been able to confirm"
    m = _REVISED_IT.search(text) if "it to" in text else None
    if m and _TOLL_WORD.search(text, 0, m.start()):
        # "The government, which had given a toll of nine on Monday evening, revised it to 14": the figure now
        return _value(m.group("n"), True)
    if "had " in text and _EARLIER_TOLL.search(text) and not revised(text) and not _REVISED_FIGURE.search(text):
        return None   # "Police had put the death toll at 11 on Tuesday": the count before the one the lead gives
    m = _TOLL_UPDATE.search(text)
    if m:
        return _value(m.group("n") or m.group("n3"), True)
    m = _CORRECTED.search(text) if "not" in text else None
    if m:
        return _value(m.group("n") or m.group("n2"), True)
    m = _NOW_TOLL.search(text)
    if m:
        return _value(m.group("n") or m.group("n2"), True)
    m = _REVISED_FIGURE.search(text)
    if m and _OF_THE_DEAD.search(text):
        return _value(m.group("n") or m.group("n2"), True)
    m = _HEAVIER_TOLL.search(text)
    if m:
        # "gave a heavier toll: nine soldiers and the driver of the vehicle were dead"
        return count("fatalities", text[m.end():]) or None
    m = _TOTAL_OF_DEAD.search(text) if "total" in text else None
    if m and _DEAD_TOLD.search(text, 0, m.start()):
        # "the body of one more uniformed Maoist was recovered from the area, taking the total to three"
        return _value(m.group("n"), True)
    m = _ORDINAL_DEATH.search(text)
    return _ORDINALS[next(g for g in m.groups() if g).lower()] if m else None


# Compiled patterns above answer through their faster twins, with the same results (fastregex.FastPattern).
speed_up(globals())
# Without a twin (case-sensitive parts), and most texts they meet lack their literals: filtered first (same results).
_ONE_KILLED, _NAMED_DEATH = filtered(_ONE_KILLED), filtered(_NAMED_DEATH)

"""Event classification: lexical cues per sentence, then ACLED's precedence rules per incident.

A cue is a general linguistic pattern (a verb or noun of the event with its usual arguments), never a phrase
keyed to a particular report. `classify` combines the cues of all sentences of one incident.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from .fastregex import LiteralScan, alternatives, as_sets, fast, filtered, lowercase_twin, required_literals, speed_up
from .fastregex import lowered as lower_exact

EVENT_TYPES: dict[str, str] = {
    "Armed clash": "Battles", "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence", "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
    "Peaceful protest": "Protests", "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots", "Mob violence": "Riots",
    "Agreement": "Strategic developments", "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments", "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments", "Other": "Strategic developments",
    "Sexual violence": "Violence against civilians", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
}

_ARMED = (r"(?:soldiers?|jawans?|troops?|marines?|navy|naval forces|forces?|army|military|militants?|militiam[ae]n|militias?|insurgents?|rebels?|"
          r"fighters?|jihadists?|terrorists?|(?:police|federal|security|intelligence) agents?|police(?:m[ae]n)?|officers?|gendarmes?|"
          # (not "a member of their indigenous guard": the Nasa's unarmed community guard)
          r"(?<!indigenous )(?<!civic )guards?|personnel|"
          r"positions?|posts?|bases?|checkpoints?|check-?posts?|(?:police )?pickets?|barracks|convoys?|patrols?|outposts?|headquarters|operatives|"
          # (not "a camp for displaced people", "the camp of a road construction company": no armed post)
          r"police station|camps?(?! (?:for|of (?:an? |the )?(?:[\w-]+ ){0,3}?(?:company|firm|contractors?|displaced|"
          r"refugees?|IDPs?|workers|labou?rers|miners))\b)|units?|brigades?|battalions?|peshmerga|gunmen|assailants|bandits|"
          r"combatants|paramilitar\w*|commanders?|members of (?:the )?(?-i:[A-Z])[\w-]+|khwarij|khawarij|kharijites?|"
          r"(?-i:[A-Z])[\w-]+ (?:members?|fighters?|militants?|commanders?|operatives?)|gang members?|"
          r"(?:drug )?traffickers?|prison guards?|security points?|volunteer fighters?|"
          # ("an attack on the detachment in Rollo" that killed "Five Volunteers for the Defence of the Homeland")
          r"detachments?|garrisons?|volunteers? for the defen[cs]e of the homeland|"
          # ("three members of a local vigilante group were killed when gunmen tried to overrun Kusheriki")
          r"vigilantes?|members of (?:a|an|the) (?:[\w-]+ )?(?:vigilante|self-defen[cs]e|hunters['’]?) (?:group|militia|force)|"
          # "engaged a gang of suspected kidnappers": criminal gangs bear arms too
          r"(?:suspected )?(?:kidnappers|gangsters|armed robbers|cultists)|armed (?:men|groups?|elements|gangs?)|"
          # ("soldiers pursuing the raiders killed three of them": cattle raiders and dacoits carry guns)
          r"(?:suspected )?(?:(?:cattle )?raiders|(?:cattle )?rustlers|dacoits)|"
          # ("gunmen shot dead the district police chief and his bodyguard": a commander and his armed escort)
          r"police chiefs?|bodyguards?|colonels?|lieutenant[- ]colonels?|brigadiers?|lieutenants?|sergeants?|"
          r"(?:[A-Z][A-Za-z-]+ )?(?:militants|forces|fighters|rebels))")
_CIV = (r"(?:civilians?|villagers?|residents?|farmers?|herders?|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|"
        # (not a body's name: "South Sudan People's Defence Forces", "the People's Defence Force")
        r"persons?|people(?!['’]s (?-i:[A-Z]))|famil(?:y|ies)|students?|teachers?|journalists?|traders?|worshippers?|"
        r"passengers?|"
        r"drivers?|shopkeepers?|businessm[ae]n|motorists?|locals?|youths?|teenagers?|minors?|victims?|"
        r"(?:community|village|religious|tribal|political|local) (?:leaders?|chiefs?|elders?)|(?<!police )chiefs?|"
        r"activists?|candidates?|councillors?|councilors?|mayor|officials?|lawyers?|doctors?|nurses?|"
        r"pastors?|priests?|imams?|elders?|couple|relatives?|body|bodies|corpses?|migrants?|refugees?|"
        r"displaced|IDPs|vendors?|miners?|fishermen|workers?|employees?|members)")

_C = lambda p: re.compile(p, re.I)  # noqa: E731
# Those taken before, named as such: "the abducted priest", "rescuing 11 kidnapped travellers".
_NOT_FREED = (r"(?<!the )(?<!The )(?<!rescued )(?<!rescuing )(?<!rescued \d )(?<!rescued \d\d )(?<!rescuing \d )"
              r"(?<!rescuing \d\d )")
# "a village under Lalmohan Police Station": a jurisdiction's name, no police present
_POLICE_STATION = re.compile(r"\b(?:[A-Z][\w-]+ )+Police Station\b")
_LATE_RESPONDERS = re.compile(r"\b(?:before|until|when|by the time) (?:the )?(?:(?:state|local|riot|municipal|federal|"
                              r"national|military|army|district) )?(?:police|security forces|soldiers|troops|"
                              r"gendarmes|officers)(?: \w+){0,2}? (?:could |were able to |had |finally )?(?:intervene|"
                              r"intervened|arrive|arrived|reach|reached|came|come|rescue|rescued|stepped in|step in)\b", re.I)
# "... beat to death a man ..., before police arrived and arrested four people": those the police took after the mob
_ARRESTED_AFTER = re.compile(_LATE_RESPONDERS.pattern + r"(?: and (?:\w+ )?(?:arrested|detained)\b)", re.I)
_BY_A_CROWD = re.compile(r"\b(?:attacked|beaten|assaulted|lynched|stoned|set upon|mobbed|chased|surrounded|"
                         # ("was beaten and set on fire by a mob")
                         # ("two men accused of being collaborators were killed by a crowd in Namialo")
                         r"hacked|stabbed|killed|burned|burnt) (?:\w+ ){0,4}?by (?:an? )?(?:angry |irate |enraged |large )?"
                         r"(?:crowd|mob)\b|"
                         # "a group of 40-50 villagers attacked a team of police": a crowd's violence, told actively
                         r"\b(?:an? )?(?:group|crowd|mob) of (?:[\w-]+ ){0,3}?(?:villagers|residents|locals|youths|people|"
                         r"students|traders) (?:\w+ )?(?:attacked|assaulted|beat|stoned|set upon|chased)\b", re.I)


# A security force named only as a source ("..., police and company officials said"): it armed no one.
SOURCE_SAID = re.compile(r"\b(?:according to (?:the )?)?(?:police|army|military|soldiers?|troops|forces)"
                         r"(?:(?:,| and) (?:[\w-]+ ){0,3}?)?(?: \w+){0,3}? (?:said|say|says|told|reported|added|confirmed)\b|"
                         r"\baccording to (?:the )?(?:police|army|military)\b", re.I)
_TRIBAL = re.compile(r"\b(?:tribal|tribes?|clans?|communal|ethnic)\b", re.I)


def _only_police_armed(text: str) -> bool:
    """Whether the only armed party the sentence names is the police ("clashes ... left three police officers
    injured"): no soldiers, militants or guns."""
    told = SOURCE_SAID.sub(" ", text)   # "..., police said": the source, not a side
    found = [m.group(0).lower() for m in CUES["firearm"].finditer(told)]
    return bool(found) and all(w.startswith("police") for w in found) and not _TRIBAL.search(text) \
        and not _OUTLAWS.search(told)


# The victim a member of an armed group, a gang included (ACLED: a clash between two armed groups)
_GANG = (r"(?:(?:alleged |suspected |high-ranking |fellow )?(?:members?|leaders?) of (?:a|an|the) (?:rival )?(?:drug[- ]trafficking|"
         r"criminal|organi[sz]ed criminal|armed) (?:group|gang|faction|organi[sz]ation)|(?:alleged |suspected |high-ranking )?"
         r"(?:drug traffickers?|gang members?|gang leaders?|gangsters?))")
_GANG_VICTIM = re.compile(rf"\b(?:a|an|the|two|three|four|five|\d+) {_GANG}\b[^.;]{{0,60}}?\b(?:was|were) (?:\w+ )?(?:shot|killed|"
                          rf"executed|murdered|stabbed|injured|wounded)\b|"
                          rf"\b(?:shot|killed|executed|murdered|stabbed)(?: and (?:killed|injured|wounded))? (?:a|an|the|two|three|four|"
                          rf"five|\d+) (?:[\w-]+ ){{0,2}}?{_GANG}\b|"
                          rf"\b(?:the|one|both) victims? (?:was|were|had been) (?:involved in|linked to|a member of) (?:drug "
                          rf"trafficking|organi[sz]ed crim\w*|criminal activit\w*|(?:a|the) (?:drug[- ]trafficking|criminal) "
                          rf"(?:group|gang|faction))", re.I)
_OFF_DUTY = re.compile(r"\b(?:off[- ]duty|former|retired|ex-)\s+(?:[\w-]+\s+){0,3}?(?:soldiers?|officers?|police(?:m[ae]n)?|"
                       r"guards?|gendarmes?|servicem[ae]n|constables?|personnel|sergeants?|agents?)\b", re.I)
_CROWD_WORDS = re.compile(r"\b(?:crowds?|mobs?|youths?|residents|protesters|demonstrators|rioters|villagers|supporters|"
                          r"people|students|traders|workers|hundreds|dozens|thousands|angry|irate|locals|young men|"
                          r"hooded|masked)\b", re.I)
_BURNT_THINGS = (r"(?:buses|minibuses|vehicles?|cars?|trucks?|lorr(?:y|ies)|tankers?|trailers?|vans?|pick-?ups?|motorbikes?|"
                 r"motorcycles?|tractors?|houses?|homes?|huts?|shops?|stores?|kiosks?|warehouses?|granar(?:y|ies)|offices?|"
                 r"buildings?|schools?|churches|mosques?|markets?|stalls?)")
_PROPERTY_BURNT = re.compile(rf"\b(?:set|setting)\s+(?:\w+\s+){{0,3}}?{_BURNT_THINGS}\s+(?:ablaze|on fire|"
                             rf"alight)\b|\b(?:torched|burn(?:ed|t) down)\s+(?:\w+\s+){{0,3}}?{_BURNT_THINGS}\b", re.I)
# Armed men outside the law that the firearm cue does not name: "dacoits attacked a police picket" is a fight
_OUTLAWS = re.compile(r"\b(?:bandits?|dacoits?|jihadists?|terrorists?|kidnappers?|armed robbers?|gangsters?|pirates?|"
                      r"cultists?|raiders?|(?:cattle )?rustlers?|poachers?|smugglers?|traffickers?)\b", re.I)


_CROWD_ON_PEOPLE = re.compile(r"\b(?:crowd|mob)\b[^.;]{0,80}?\b(?:beat(?:en)?|lynched|burn(?:ed|t)|stoned|hacked|killed|"
                              r"attacked|assaulted|set (?:\w+ ){0,2}ablaze)\b(?: and \w+)? (?:[\w-]+ ){0,3}(?:men|man|woman|women|suspects?|"
                              r"thie(?:f|ves)|boys?|youths?|people|persons?)\b|"
                              # ("residents of Drouin, near Grande Saline, lynched two suspected gang members"): a lynching
                              # is a mob's, whoever the crowd is
                              r"\blynched (?:(?:a|an|the|two|three|four|five|\d+) )?(?:[\w-]+ ){0,3}(?:men|man|woman|women|"
                              r"suspects?|thie(?:f|ves)|boys?|youths?|people|persons?|members?)\b|"
                              # "an angry crowd dragged a shopkeeper out of the bazaar and beat him to death"
                              r"\b(?:crowd|mob)\b[^.;]{0,80}?\b(?:beat|stoned|hacked|burned|burnt|lynched) (?:him|her|them) to death\b|"
                              # the passive: "A man accused of stealing a motorcycle was beaten and set on fire by a mob"
                              r"\b(?:man|woman|men|women|suspects?|thie(?:f|ves)|boys?|youths?|persons?)\b[^.;]{0,80}?"
                              r"\b(?:was|were) (?:beaten|lynched|burn(?:ed|t)|stoned|hacked|killed|attacked|assaulted)\b"
                              r"(?: \w+){0,5}? by (?:an? )?(?:\w+ )?(?:crowd|mob)\b|"
                              # "A crowd set fire to four houses belonging to Coptic families": a community's homes
                              r"\b(?:crowd|mob)\b[^.;]{0,40}?\b(?:set fire to|torched|burn(?:ed|t)|looted|attacked|stormed) "
                              r"(?:[\w-]+ ){0,3}?(?:houses|homes|shops|churches|mosques|property|properties) (?:belonging to|of|owned by) "
                              r"(?:[\w'’-]+ ){0,3}?(?:families|christians|muslims|residents|villagers|people|community|traders)\b", re.I)
# An ambush of unarmed people, told either way round
_AMBUSHED_CIVILIAN = (r"(?:bus|buses|minibus(?:es)?|passengers?|travell?ers|traders|civilians|villagers|farmers|herders|"
                      r"motorists|(?:aid|humanitarian|relief) (?:convoy|workers?|trucks?)|convoy of (?:\w+ ){0,2}(?:trucks|"
                      r"lorries|buses|vehicles)(?= (?:contracted|carrying|belonging|hired|chartered)))")
_CIVILIANS_AMBUSHED = re.compile(rf"\bambush(?:ed|ing)? (?:an? |the )?(?:[\w-]+ ){{0,3}}?{_AMBUSHED_CIVILIAN}\b|"
                                 rf"\b{_AMBUSHED_CIVILIAN}\b[^.;]{{0,60}}?\b(?:was|were) ambushed\b", re.I)
# (a force named anywhere in the sentence may be the ambushed: "a military convoy escorting buses")
_FORCES_NAMED = re.compile(r"\b(?:soldiers?|troops|military|army|police(?:men)?|patrol|security forces|officers|"
                           r"gendarmes?|escort(?:ed|ing)?)\b", re.I)
_ACCUSED_OF_DOING = re.compile(r"\b(?:accused|suspected) of (?:trying to|attempting to|having) \w+", re.I)
# ("beat to death a man accused of having guided RSF fighters during their occupation of the area", "after accusing
# them of scouting the area for a gang")
_ACCUSED_OF = re.compile(r"\b(?:accused|accusing (?:them|him|her)|suspecting (?:them|him|her)) of (?:having )?(?:being|working|spying|informing|collaborating|scouting|guid\w+|help\w*|"
                         r"aid\w*|support\w*|harbou?r\w*|suppl\w+|shelter\w*|feed\w*|fed)\b[^,.;]*", re.I)


def _armed_named(text: str) -> bool:
    """Whether the sentence names an armed party taking part: not the police that came after ("before police
    could intervene") nor the gang a victim was accused of serving ("accused of being scouts for the gangs")."""
    return CUES["firearm"].search(_POLICE_STATION.sub(" ", _ACCUSED_OF.sub(" ", _LATE_RESPONDERS.sub(" ", text)))) is not None


# Those who abduct, named as people: no abduction by itself.
_AGENT_NOUNS = re.compile(r"\b(?:kidnappers|abductors|kidnapper|abductor|hostage-takers?)\b", re.I)
# People a group may take: the objects of "seized", "took away".
_CAPTIVES = (r"(?:people|persons|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|traders?|farmers?|villagers?|workers?|"
             r"teachers?|principals?|headteachers?|head ?masters?|students?|passengers?|herders?|civilians?|residents?|travell?ers?|pupils?|priests?|pastors?|"
             r"chiefs?|officials?|drivers?|medics?|doctors?|nurses?|journalists?|engineers?|pilgrims?|fishermen|"
             r"miners?|worshipp?ers?|labou?rers?|elders?|leaders?|councill?ors?|merchants?|relatives?|sons?|daughters?|"
             r"volunteers?|nationals?|staff(?:ers)?|employees?|crew|contractors?|tourists?|colleagues|seminarians?|nuns?|monks?|(?:married )?couples?|famil(?:y|ies)|"
             r"administrators?|activists?|lawyers?|clerics?|imams?|shepherds?|youths?)")

# Cue name -> pattern. Names are referenced by `classify`.
CUES: dict[str, re.Pattern[str]] = {
    # ("Protest organisers called for another gathering": the movement's people, no protest told)
    # (not a state's "lodged a protest" or "formal protest" at a flag meeting: diplomacy, no crowd)
    "protest": _C(r"\b(?:(?<!lodged a )(?<!lodge a )(?<!lodged an )(?<!formal )(?<!diplomatic )(?<!note of )"
                  r"protest(?:s|ed|ing|ers?|ors?)?(?!ant)(?! (?:organi[sz]ers|leaders|movements?|committees?|"
                  r"coordinators|groups)\b)|demonstrat(?:ion|ions|ors?|ed|ing)|"
                  r"demonstrate (?=against|outside|in front|in support|for|near|at|over|to demand)|rall(?:y|ies|ied|ying)|"
                  r"(?-i:march(?:ed|es|ers)?)\b(?! \d| (?:the|them|him|her|their|hostages|captives|away|off)\b)|"
                  # "around 300 students are marching along the highway" (not troops "marching on the capital")
                  r"(?:are|were) marching\b(?! (?:on|towards?|into|to) (?:the )?(?:\w+ )?(?:city|town|capital|front|border))|sit-ins?|(?<!police )(?<!army )(?<!security )(?<!border )(?<!the )picket(?:s|ed|ing)?(?! post)|(?<!night )(?<!prayer )(?<!worship )(?<!easter )(?<!religious )vigils?\b(?! (?:at|in) (?:a |the )?(?:\w+ )?(?:church|mosque|temple|chapel|shrine|cathedral))|hunger strikes?|"
                  r"went on (?:a )?strike|staged? (?:a |an )?(?:\w+ )?strike|on strike(?!s)|strikes? action|"
                  r"took to the streets|(?:remov|clear|lift|dismantl|break|broke)\w* (?:a |the |their )?(?:[\w-]+ ){0,2}"
                  r"(?:blockades?|roadblocks?)\b|block(?:ed|ing|aded) (?:\([^)]*\) )?(?:off )?(?:the |a |an )?(?:[\w-]+ ){0,5}(?:roads?|highways?|avenues?|"
                  r"streets?|routes?|access|entrances?|bridges?|traffic|junctions?|intersections?|roundabouts?|"
                  r"railways?|rail(?:way)? lines?|(?:train|rail|railway) tracks|ports?|gates?)|"
                  # "a blockade by some 400 small-scale gold miners" (not a navy's "blockade of the port")
                  r"blockades? by (?:(?:some|about|around|more than|at least|over|nearly|hundreds of|dozens of)\s+)?(?:[\d,]+\s+)?"
                  r"(?:[\w-]+ ){0,3}(?:[a-z]+(?:ers|ants|ents|ists)|residents|villagers|people|youths?|students|women)\b|"
                  # "the opposition alliance's 24-hour road blockade", "formed a human chain"
                  r"(?:road|highway|rail|railway|transport|\d+-hour) blockades?\b|human chains?\b|blockaders\b|"
                  r"press conference with (?:a )?banners?|(?:climate|general|labou?r|hunger|weekly|nationwide|"
                  r"warning|teachers'?|workers'?) strikes?|to strike\b|strike in protest|walk-?outs?|"
                  # (not relatives "gathered outside the morgue": mourners, not a demonstration)
                  # (nor "mourners gathered at a mosque ... to bury two men": a burial)
                  # (nor customers who "had gathered to watch a football match": a crowd at leisure)
                  r"(?<!mourners )gathered\b(?! (?:\w+ ){0,2}(?:money|funds|signatures|evidence|information|data|intelligence|votes))"
                  r"(?! to (?:watch|see|pray|eat|drink|celebrate|attend|listen|play|buy|sell|shop|collect|receive|welcome|"
                  r"greet|hear|vote|worship|break (?:the|their) fast)\b)"
                  r"(?![^.]{0,40}?\b(?:morgue|mortuary|hospital|cemetery|graveyard|funeral|burial)\b)"
                  r"(?![^.]{0,100}?\bto (?:bury|mourn)\b)[^.]{0,120}?\b(?:to|against|demanding|calling|in protest|outside|in front of|"
                  r"on the premises|on the occasion|commemorat\w+|in (?:support|solidarity))\b|"
                  r"to (?:demand|protest|denounce|condemn|call for|oppose|reject|commemorate|express (?:their|"
                  r"solidarity|support|anger|opposition))\b|(?:held|launched|began|observed|called(?! for\b)|declared) "
                  r"(?:a |an )?(?:\w+ ){0,2}(?:strike|shutdown|bandh|hartal)|"
                  r"chant(?:ed|ing)|sloganeering|(?:submitted|handed) (?:a )?memorand\w+|"
                  r"(?:with|carrying|holding|waving) (?:\w+ ){0,2}(?:placards|banners)|took part in (?:a |an )?(?:\w+ ){0,2}"
                  r"(?:procession|march|vigil|sit-in|demonstration)|"
                  r"boycott(?:ed)?|(?:held|staged|organi[sz]ed) (?:a |an )?(?:\w+ ){0,3}(?:"
                  r"motorcade|caravan|procession|cacerolazo|human chain)|"
                  # A meeting is a demonstration only for a cause: "held a gathering at a hotel" is a conference.
                  # (not "held a meeting on 13 October to ease tensions": talks, not a demonstration)
                  r"(?:held|staged|organi[sz]ed) (?:a |an )?(?:\w+ ){0,3}(?:gathering|meeting|assembly)(?=[^.]{0,120}?\b(?:"
                  r"to (?:demand|protest|denounce|condemn|call|press|oppose|reject|commemorate|mark|express|show|voice|"
                  r"honou?r|remember|mourn|support)|"
                  r"against|demanding|calling|in protest|outside|in front of|in support|in solidarity|commemorat\w*|"
                  r"over|for)\b)|(?<!speech )denounc(?:e|ed|ing)\b(?! (?:the |a |an )?(?:[\w-]+ )?(?:murders?|killings?|"
                  # (not a statement's "the council denounced the murder of a guard": the murder is the event)
                  r"attacks?|assassinations?|abductions?|kidnappings?|shootings?|massacres?|bombings?)\b)|"
                  r"demand(?:ed|ing) (?!(?:an? )?ransom)(?:the|that|justice|better|higher|an? |for)|to denounce|"
                  r"(?:in|to show) (?:support|solidarity) (?:of|with|for))"),
    "riot_word": _C(r"\b(?:riot(?:ed|ing|ers?)|rioting|riots? (?:broke out|erupted)|(?<!flash )mob(?:s)?|lynch(?:ed|ing)?|"
                    r"jungle justice|angry (?:residents|villagers|youths?|crowd|locals)|"
                    # police English: "thrown at them during disorder in the Bogside", "riotous assembly"
                    r"(?:during|amid|in) (?:(?:serious|public|violent|street|overnight|the) )*disorder|"
                    r"riotous assembly|"
                    # "an argument between supporters of rival candidates turned into a brawl with sticks and stones"
                    r"(?:turned|degenerated|escalated|erupted) into (?:a |an )?(?:\w+ )?(?:brawl|melee|fistfight|street fight)|"
                    r"brawl(?:ed)? with (?:sticks|stones|clubs|knives|machetes|iron rods|bricks)|"
                    # "a crowd of displaced youths beat a young man": a crowd's own violence
                    r"(?:a|an|the) (?:\w+ )?crowd (?:of (?:[\w-]+ ){1,3})?(?:(?:on|that|late|early) \w+ |later |then )?(?:beat|lynched|attacked|stoned|torched|"
                    r"assaulted|killed|hacked|burned|burnt|set fire))\b"),
    "riot_act": _C(r"\b(?:(?:an? (?:angry |irate )?(?:crowd|mob)) (?:of (?:[\w'’-]+ ){1,3}?)?(?:descended on|set upon|swarmed|"
                   r"overran|invaded)|"
                   r"(?:residents|villagers|locals|a (?:crowd|mob)) (?:of (?:the )?(?:[\w'’-]+ ){1,4}?)?(?:captured|"
                   r"caught|tied up) (?:\w+ ){0,2}(?:m[ae]n|wom[ae]n|suspects?|youths?|thie(?:f|ves)|boys?)|"
                   r"(?:thr(?:ew|ow|owing|own)|hurl(?:ed|ing)?|lobb(?:ed|ing)) (?:\w+ ){0,3}(?:stones?|rocks?|bricks?|bottles?|molotov|"
                   r"petrol bombs?|objects|projectiles|eggs|paint|firecrackers)|pelt(?:ed|ing)|ston(?:ed|ing)\b|"
                   r"stone[- ]?pelting|burn(?:ed|t|ing) (?:\w+ ){0,2}(?:tyres?|tires?)|"
                   # ("burned three lorries", not "a burning car": the act, not the wreck)
                   r"burn(?:ed|t) (?:\w+ ){0,2}(?:vehicles?|cars?|lorries|trucks?|buses|minibuses|motorcycles?)|"
                   r"(?:set|setting) (?!(?:him|her|them)sel|off )(?:\w+ ){0,4}(?:(?:on )?fire|alight|ablaze)|torched|vandali[sz](?:ed|ing|m)|ransack\w*|"
                   r"clash(?:ed|es)? with (?:the )?(?:\w+ )?(?:police|security forces|officers|counter-?\w+)|"
                   r"scuffle[sd]?|smash(?:ed|ing)|damag(?:ed|ing) (?:\w+ ){0,3}(?:vehicles?|cars?|propert\w+|"
                   r"shops?|offices?|buildings?|windows)|stormed|(?<!human )barricad\w+|attacked (?:the )?police|"
                   r"fought (?:with )?(?:each other|one another)|(?:turned|became|grew) violent)"),
    "intervention": _C(r"\b(?:tear[- ]?gas|teargas|water[- ]?cannons?|rubber bullets|pellets?|baton[- ]?charge\w*|"
                       # "condemns the excessive and lethal force used by the National Police against ..."
                       r"(?:excessive|lethal|disproportionate)(?: and (?:excessive|lethal|disproportionate))? force|"
                       r"live (?:ammunition|bullets|rounds)|(?:opened fire|fired|shot) (?:\w+ ){0,3}(?:on|at|into) "
                       # ("opened fire on several hundred protesters")
                       r"(?:the |a |an )?(?:(?:several |some |about |around |at least )?(?:\d[\d,]*|hundreds|thousands|dozens|"
                       r"\w+ hundred|\w+ thousand) (?:of )?)?(?:protesters|protestors|demonstrators|crowds?|marchers|blockaders|strikers|"
                       r"picketers|(?:\w+ )?(?:residents|people|villagers|youths|students|activists|supporters|workers|farmers|traders|"
                       r"women|men) (?:who (?:were|had been) )?(?:protesting|demonstrating|marching|rallying|blocking|sitting|"
                       r"chanting|picketing))|"
                       # "police opened fire to clear a road blockade"
                       # ("Taliban forces fired into the air on Friday to disperse hundreds of men")
                       r"(?:opened fire|fired(?: (?:\w+ ){0,2}(?:rounds|shots|bullets))?)(?: (?:in|into) the air)?"
                       r"(?: (?:on|late on|early on) \w+day| overnight| in the air)? to (?:clear|disperse|break up)\b|"
                       r"lathi[- ]?charge\w*|(?:to break|broke) up (?:a |the )?(?:\w+ )?(?:demonstration|protest|rally|"
                       r"sit-in|march|gathering)s?\b|(?:were|was|being|been) (?:forcibly )?dispersed|dispers(?:ed|e|ing) (?:the |a )?"
                       r"(?:\w+ )?(?:crowds?|protesters|demonstrators|rall(?:y|ies)|march(?:ers)?|gathering|them|"
                       r"students|youths|sit-in)|(?:police|forces|officers|troops|authorities|soldiers) (?:\w+ ){0,3}"
                       r"dispers\w*|(?:police|forces|authorities|officers|soldiers|troops|gendarmes) "
                       # ("Kurdish security forces (Asayish) detained nine teachers")
                       r"(?:\([^()]{1,30}\) )?(?:\w+ ){0,3}(?:arrested|detained|intervened|prevented|blocked|stopped|broke up|removed|"
                       r"cleared|beat|pushed|evicted)|(?<!who )(?<!which )(?<!that )(?:were|was) (?:\w+ )?(?:arrested|detained)(?! (?:on|in|days|weeks|months|last|earlier|for|over))|arrest(?:ed|ing) "
                       r"(?:\w+ ){0,3}(?:protesters|demonstrators|participants|activists)|"
                       r"stun grenades?|pepper spray|kettl(?:ed|ing)|(?:cane|beat)[- ]?(?:charged|them)|"
                       # "Two protesters were shot dead by police": the force named by its victims
                       r"(?:protesters|demonstrators|marchers) (?:\w+ ){0,2}(?:were|was|had been) (?:shot|killed|wounded|injured|"
                       r"beaten)(?: dead)? (?:\w+ ){0,2}by (?:the )?(?:\w+ )?(?:police|security forces|soldiers|troops|army|"
                       r"officers|gendarmes))"),
    "unarmed_group": _C(r"\b(?:supporters|villagers|residents|locals|local people|young (?:people|men)|(?:angry|irate|rampaging) youth|group of (?:\w+ )?(?:people|men|youths|students|"
                        r"residents|villagers|locals|persons|individuals)|students|youths|activists|workers|"
                        r"prisoners|inmates|migrants|factional|two groups|rival groups|"
                        # (a party's, a community's members; not "members of the terrorist group Shene", nor "of an
                        # organized criminal group": armed men)
                        r"members of (?!(?:the |an? )?(?:terrorist|armed|rebel|militant|insurgent|jihadist|extremist|"
                        r"criminal|organi[sz]ed|drug|gang|separatist)\b)"
                        # (nor "members of the Volunteers for the Defence of the Homeland", "of the security forces":
                        # a state's or a militia's armed men)
                        r"(?!(?:the |an? )?(?:volunteers|militias?|vigilantes?|self-defen[cs]e|security|defen[cs]e|"
                        r"army|police|military|armed forces)\b)(?:the |an? )?[A-Z]{2,}\w*|"
                        r"party (?:members|workers|cadres)|cadres|crowd|mobs?|rioters|motorists|passers-?by|"
                        r"relatives|family members|neighbou?rs|fans|traders|vendors|herders|farmers|"
                        r"(?-i:[A-Z]{2,}) (?:members|supporters|activists|workers))\b"),  # "PDP members", not "eleven members"
    "firearm": _C(r"\b(?:self-defen[cs]e (?:group|militia|force)s?|armed (?:group|men|youths?)s?|gun\w*|shot|shoot\w*|fired|firing|rifles?|armed|bullets?|firearms?|pistols?|militants?|"
                  r"police(?:m[ae]n)?|forces|militias?|militiam[ae]n|gangs?|clan|pastoralists|cadres|"
                  r"soldiers?|troops|marines|navy|army|military|rebels?|insurgents?|fighters?|dissidents|explosives?|bomb\w*)\b"),
    "beating": _C(r"\b(?:beat(?:en|ing)|beat(?! (?-i:[A-Z])|(?: \w+)? (?:his|her|their|its) (?:\w+ )?(?:rivals?|opponents?|challengers?)|(?: \w+)? the (?:odds|record|deadline|rush|heat|traffic))(?: up)?|lynch\w*|assault(?:ed|ing)?|thrash(?:ed|ing)|clubbed|stoned|"
                  r"attacked|hacked|stabbed|manhandled|roughed up|set (?:\w+ ){0,3}ablaze|torched)\b"),
    "kill": _C(r"\b(?:kill(?:ed|ing|s)?(?!ers?\b)|shot dead|murder(?:ed|ing|s)?|dead(?!ly|line|lock)|died|deaths?|fatalit(?:y|ies)|"
               r"lifeless|beheaded|decapitated|(?<!warrants were )(?<!warrant was )(?<!orders were )executed|assassinat(?:ed|ion)|lynched|hacked to death|"
               r"burn(?:ed|t) (?:alive|to death)|stabbed to death|beaten to death|lost (?:their|his|her) li\w+|paid the (?:supreme|ultimate) price|embraced (?:martyrdom|shahadat)|"
               # an army's press release: "four khwarij were sent to hell"
               r"(?:were|was|been) sent to hell|"
               r"bodies|body of|corpses?|massacred?|fatally (?:wounded|injured|shot)|put out of action|"
               # an army's bulletin: "two (02) soldiers fell on the field of honour", "nine (09) bandits were neutralised"
               r"fell (?:on the field of honou?r|in (?:combat|battle|action))|"
               # '"We buried 18 people," the official said': the dead, counted by those who buried them
               r"(?:we|they) buried (?:at least |some |about )?\w+ (?:people|persons|bodies|men|women|children|civilians|"
               r"soldiers|villagers|victims|relatives|fighters)\b|"
               r"(?:terrorists|bandits|militants|assailants|insurgents|attackers|jihadists|gunmen|fighters|rebels|"
               r"enemies|criminals)(?: \(\d+\))? (?:were |had been |have been )?neutrali[sz]ed|"
               # "engaged a group of armed men near Daudu, neutralising three of them"
               r"neutrali[sz]ing (?:all |at least )?\w+ of (?:them|the (?:attackers|assailants|bandits|gunmen|militants|terrorists))|"
               # "Joint security forces eliminated 23 members of the 'Shene' terrorist group": a force's word for killing
               r"(?:neutrali[sz]ed|eliminated) (?:at least |some |about )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
               r"\w+teen|twenty|thirty|forty|fifty)(?: \(\d+\))? (?:[\w-]+ ){0,2}?(?:members|elements|militants|terrorists|"
               r"insurgents|rebels|fighters|jihadists|bandits|gunmen|assailants|attackers|criminals|kidnappers)|"
               # "condemns the lethal force used by the police against families blocking the road"
               r"lethal force (?:used|employed|against)|used lethal force)"),
    "injure": _C(r"\b(?:injur(?:ed|ing|ies|y)|wound(?:ed|ing|s)?|hurt|hospitali[sz]ed|casualt(?:y|ies))\b"),
    "violence_verb": _C(r"\b(?:(?:came|come|comes|coming) under (?:heavy |sustained )?(?:fire|gunfire|attack)|(?<!flu )(?<!long )(?<!booster )(?<!vaccine )(?<!big )shot|shoots?|shooting|fired (?:\w+ ){0,3}(?:at|on|upon|shots)|firing (?:\w+ ){0,2}(?:at|on|upon)|opened fire|"
                        r"gunned down|stabb(?:ed|ing)|hack(?:ed|ing)|machete|beat(?:en|ing)|beat(?! (?-i:[A-Z])|(?: \w+)? (?:his|her|their|its) (?:\w+ )?(?:rivals?|opponents?|challengers?)|(?: \w+)? the (?:odds|record|deadline|rush|heat|traffic))|assault(?:ed|ing)|"
                        r"tortur(?:ed|ing|e)|attack(?:ed|s|ing)?|raid(?:ed|s)? (?:on )?(?:the )?(?:village|home|house)|"
                        # "paramilitary fighters stormed a camp for displaced people near Tawila"
                        r"stormed (?:an? |the )?(?:[\w-]+ ){0,2}?(?:village|hamlet|camp|settlement|homes?|house)s?|"
                        r"burn(?:ed|t) (?:alive|to death)|kill(?:ed|ing)|murder(?:ed|ing)?|assassinat\w+|"
                        r"lynch\w*|whipp?(?:ed|ing)|flogg?(?:ed|ing)|acid attack|threatened (?:\w+ ){0,3}with)\b"),
    "clash": _C(r"\b(?:clash(?:ed|es|ing)?|fought|fighting|"
                # ("units of the UDMO engaged the group responsible for the killings at Rincon")
                r"engaged (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:group|gang|bandits|gunmen|militants|terrorists|insurgents|"
                r"rebels|attackers|assailants|elements|fighters|kidnappers)\b|"
                # an army's word for a firefight: "made contact with a group of terrorists in the Chitolo area"
                r"(?:made|established|came into) contact with (?:an? |the )?(?:[\w-]+ ){0,4}?(?:terrorists|militants|"
                r"insurgents|bandits|rebels|gunmen|fighters|criminals|elements|kidnappers|attackers|assailants)\b|"
                # "Heavy gunfire broke out near the coastal road between Fursan Janzour and a rival group": both fire
                r"(?:gunfire|firing|shooting) (?:\w+ ){0,2}(?:broke out|erupted) (?:[^.;]{0,80}? )?between|"
                # "residents are reporting heavy gunfire as police units enter the area": a firefight heard where
                # forces move in (not "heavy gunfire as gang members attack homes": an attack on residents)
                r"(?<!explosion and )(?<!explosions and )(?<!blast and )(?:heavy|intense|sustained|fierce) "
                r"(?:gunfire|exchanges? of fire)(?=[^.;]{0,120}\b(?:police|soldiers|troops|army|military|security forces)\b)|thwart(?:ed|s)? (?:\w+ ){0,3}(?:attacks?|infiltration|"
                r"assaults?|advances?)|"
                # "killed in an armed tribal dispute": tribes that shoot at each other fight
                r"armed (?:tribal |clan |communal )?(?:disputes?|feuds?|quarrels?)|"
                # "troops responded swiftly to an attack by terrorists": the force that answers an attack fights it
                r"(?:troops|soldiers|police|forces|operatives|personnel) (?:\w+ ){0,2}responded (?:\w+ )?to (?:an? |the )?"
                r"(?:attack|raid|incursion|distress call)|"
                # "troops challenged the intruders, who opened fire": a press release's firefight
                r"(?:challenged|confronted|intercepted) (?:the |a |an )?(?:[\w-]+ ){0,2}(?:intruders|infiltrators|militants|"
                r"terrorists|insurgents|gunmen|rebels)\b,? who (?:opened|returned) fire|infiltration attempts?|firefights?\b|gun ?fights?\b|gun ?battles?|gun ?duels?|shoot-?outs?|"
                # ("exchanged small-arms and mortar fire": two armed sides fight, whatever weapons)
                r"exchang(?:e[sd]?|ing) (?:of )?(?:gun)?fire|exchang(?:ed|ing) (?:[\w-]+,? (?:and )?){0,3}fire|trad(?:ed|ing) (?:gun)?fire|engaged (?:in )?(?:\w+ ){0,2}(?:fight|combat|"
                r"battle)|engaged (?:the |a |an )?(?:[\w-]+ ){0,2}(?:of )?" + _ARMED + r"|(?:(?-i:battles?)|(?<![A-Za-z] )(?-i:Battles?))\b|ambush(?:ed|es|ing)?|repel(?:led|s)?|repulsed|counter-?attack\w*|"
                r"armed confrontation|confrontation between|"
                r"encounter(?:ed|s)? (?:[\w()-]+ ){0,5}(?:members|fighters|rebels|militants|gunmen|terrorists|"
                r"insurgents|elements|bandits|armed men)|(?:killed|died|wounded|injured) (?:\w+ ){0,4}(?:in|during) (?:a|an|the) "
                r"(?:\w+ )?confrontation|(?:firing|gunfire|shooting|fighting) (?:\w+ ){0,2}"
                r"(?:broke out|erupted) between|(?:gun )?encounters? (?:with|between)|offensive|"
                # South Asian police English: "killed two dacoits in an encounter near Garhi Yasin", a shoot-out
                r"\bin an? (?:police |armed |gun |fierce |heavy |brief )?encounter\b|"
                r"attack (?:\w+ ){0,3}target(?:ed|ing) (?:\w+ ){0,3}" + _ARMED + r"|skirmish(?:es)?|hostilities|"
                r"attacked (?:[\w/'’-]+ ){0,4}" + _ARMED + r"|attack (?:on|against) (?:[\w/'’-]+ ){0,4}" + _ARMED + r"|"
                r"stormed (?:\w+ ){0,3}" + _ARMED + r"|raid(?:ed)? (?:on )?(?:\w+ ){0,3}(?:hideouts?|camps?|"
                r"positions)|(?:killed|neutrali[sz]ed|eliminated) (?:(?!(?:by|when|as|after|while|in)\b)\w+ ){0,3}(?:militants|terrorists|insurgents|rebels|"
                r"fighters|jihadists|bandits|gunmen|assailants|attackers|raiders|rustlers|dacoits)|"
                # "soldiers pursuing the raiders killed three of them": a force that ran the attackers down fought them
                r"(?:pursuing|pursued|chasing|chased|tracking|tracked) (?:the |a )?(?:[\w-]+ ){0,2}?(?:raiders|rustlers|attackers|"
                r"assailants|gunmen|bandits|militants|kidnappers|dacoits)\b[^.;]{0,40}?\b(?:killed|shot dead|neutrali[sz]ed)|"
                # a press release's "troops neutralised four members of the proscribed IPOB"
                # ("Joint security forces eliminated 23 members of the 'Shene' terrorist group")
                r"(?:neutrali[sz]ed|eliminated) (?:\w+ ){0,3}(?:members|elements|kidnappers|criminals|hoodlums|suspects)|"
                # "an army patrol raiding the village of Britel, south of Baalbek, came under fire from gunmen"
                + _ARMED + r"\b[^.;]{0,80}?\b(?:came|comes|coming) under (?:\w+ )?(?:fire|gunfire|attack))"),
    # ("armed miscreants fired several rounds from the hill ranges towards security forces")
    "fire_at_armed": _C(r"\b(?:opened fire|fired|shot) (?:\w+ ){0,6}?(?:on|at|towards|against) (?:(?!when|as|by|after|while|during)\w+ ){0,4}"
                        + _ARMED),
    # "three soldiers and one civilian were killed": soldiers among the dead, named first
    "armed_victim": _C(r"\b(?:"
                       # "JNIM fighters broke into the FAMa camp at Sokolo": an assault on a military position (not
                       # "stormed a camp for displaced people")
                       r"(?:stormed|raided|broke into|overran|assaulted|attacked) (?:the|a|an) (?:(?:[\w-]+ ){0,2}?"
                       r"(?:base|outpost|barracks|garrison|detachment|checkpoint|check-?post|security post)s?\b(?! for| of)|"
                       r"(?:[\w-]+ )?(?:(?-i:[A-Z]{2,6})|army|"
                       r"military|police|militia|rebel|insurgent|soldiers['’]) camps?\b)|"
                       # a log's telegraphic toll: "two PMF fighters killed, one wounded" (not "soldiers killed two men")
                       r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ ){0,2}?" + _ARMED
                       + r" (?:killed|wounded|injured)(?=\s*[,;.)]|\s+(?:and|in|on|at|when|during)\b)|"
                       # "a patrol verifying a complaint about illegal mining ..., near Puerto Napo, was attacked with firearms"
                       r"(?:a|an|the) (?:\w+ )?(?:patrol|convoy|checkpoint|check-?post|post|outpost|base|unit) [^.;]{0,120}?\b(?:was|were) "
                       # ("a unit of the FDS on a reconnaissance mission was the object of a cowardly attack")
                       r"(?:attacked|ambushed|fired (?:on|upon)|the (?:object|target) of (?:an? |repeated )?(?:\w+ )?"
                       r"(?:attacks?|ambush(?:es)?))\b|"
                       # "Federal Police agents carrying out an operation against illegal mining ... were shot at by miners"
                       # ("operatives of the Provincial Police Office serving a warrant of arrest were fired upon")
                       + _ARMED + r" (?:carrying out|conducting|on|during|serving|executing|enforcing|of the) [^.;]{0,120}?\b"
                       r"(?:were|was) (?:shot at|fired (?:on|upon)|"
                       r"attacked|ambushed)\b|"
                       # ("Five Volunteers for the Defence of the Homeland (VDP) were killed")
                       + _ARMED + r"(?: \([A-Z]{2,6}\))? (?:(?:and|as well as) (?:[\w-]+ ){1,6}?|(?:\w+ ){0,2})(?:were|was) (?:\w+ )?(?:killed|injured|wounded|"
                       r"shot)|" + _ARMED + r" (?:[\w/,-]+ ){0,10}?(?:came|come|comes|coming) under (?:\w+ )?(?:attack|fire|gunfire)|(?:kill(?:ed|ing)|shot(?: and (?:killed|injured|wounded))?|shot dead|shooting dead|"
                       r"assassinated|ambushed) (?:(?!when|as|by|after|while|before)\w+ ){0,3}" + _ARMED + r")"),
    "civ_victim": _C(r"\b(?:" + _CIV + r" (?:\w+ ){0,3}(?:were|was) (?:\w+ )?(?:killed|shot|injured|wounded|"
                     r"murdered|stabbed|beaten|hacked|attacked)|(?:kill(?:ed|ing)|shot(?: and (?:killed|injured))?|"
                     r"shot dead|injur(?:ed|ing)|wound(?:ed|ing)|attack(?:ed|ing)|opened fire (?:on|at)|fir(?:ed|ing) (?:on|at)|"
                     r"murder(?:ed|ing)|stabb(?:ed|ing)) (?:(?!by\b)\w+ ){0,3}" + _CIV + r")"),
    "strong_clash": _C(r"\b(?:clash(?:ed|es|ing)?|fought|fighting between|armed (?:tribal |clan )?(?:disputes?|feuds?)|firefights?\b|gun ?fights?\b|gun ?battles?|gun ?duels?|shoot-?outs?|"
                       r"exchange[sd]? (?:of )?(?:gun)?fire|(?:shelling|artillery|rocket|mortar) exchanges?|"
                       r"exchange[sd]? (?:of )?(?:shelling|shells|artillery|rockets|mortars?)|exchang(?:ed|ing) (?:[\w-]+,? (?:and )?){0,3}fire|returned fire|came under fire and returned it|engaged|"
                       r"trad(?:ed|ing) (?:gun)?fire|"
                       # "attacked an army base, sparking hours of fighting": the fight the attack set off
                       r"(?:spark(?:ed|ing)|trigger(?:ed|ing)|follow(?:ed|ing) by|le(?:d|ading) to) (?:\w+ ){0,3}"
                       r"(?:fighting|clashes|gun ?battles?|firefights?|exchanges? of fire)|"
                       r"(?:firing|gunfire|shooting|fighting) (?:\w+ ){0,2}(?:broke out|erupted) (?:[^.;]{0,80}? )?between|(?:(?-i:battles?)|(?<![A-Za-z] )(?-i:Battles?))\b|"
                       # "killed in a confrontation between two cartels": both sides fought, whoever died
                       r"repel(?:led|s)?|repulsed|armed confrontation|confrontation between|"
                       # "troops shot dead an armed Palestinian who opened fire at them": both sides fired (not "a
                       # civilian and his son were killed by gunmen who opened fire on them": the victims)
                       r"who (?:had )?(?:opened fire|fired|shot) (?:at|on|upon) the (?:troops|soldiers|police(?:men)?|officers|"
                       r"forces|patrol)|(?:troops|soldiers|police(?:men)?|officers|forces)\b[^.;]{0,40}?\b(?:shot dead|killed)\b"
                       r"[^.;]{0,40}?\bwho (?:had )?(?:opened fire|fired|shot) (?:at|on|upon) them\b|"
                       # an army release's "troops on patrol encountered about 15 members of the NPA"
                       r"encounter(?:ed|s)? (?:[\w()-]+ ){0,5}(?:members|fighters|rebels|militants|gunmen|terrorists|"
                       r"insurgents|elements|bandits|armed men))"),
    # (not hostages who "regained their freedom")
    "regain": _C(r"\b(?:regain(?:ed|s)?(?! (?:(?:their|his|her|its) )?(?:freedom|liberty|consciousness|composure))|recaptur(?:ed|e|es)|retook|retake|retaken|(?-i:liberat(?:ed|ion))|"
                 r"(?:re-?)?established control|took back|recovered (?:control|the (?:town|village|area))|"
                 # "troops entered Ceeshoy, a village in Wanla Weyn district that al Shabaab had held since mid-2025":
                 # a place entered that the enemy had held
                 r"(?:entered|moved into|marched into) (?-i:[A-Z])[\w'’-]+[^.;]{0,80}?\b(?:that|which) (?:the )?(?:[\w-]+ ){1,3}?"
                 r"had (?:held|controlled|occupied|seized|captured)\b|"
                 # "FADM and Rwandan forces re-entered Meluco town unopposed"
                 r"re-?entered (?:the )?(?:[\w-]+ ){0,2}?(?:town|village|city|district headquarters)|"
                 # "FADM troops re-entered Malanga", "troops had pushed Mai-Mai militiamen out of Kabambare"
                 r"re-?entered (?-i:[A-Z])[\w'’-]+|"
                 # "SNA units moved back into Ceel Baraf, which AS fighters had vacated"
                 r"(?:moved|went|returned) back (?:in)?to (?-i:[A-Z])[\w'’-]+(?=[^.;]{0,60}\b(?:vacated|abandoned|withdrawn|"
                 r"left|deserted)\b)|"
                 r"(?:pushed|drove|driven|chased|expelled|dislodged|flushed|forced) (?:the )?(?:[\w-]+ ){0,3}?"
                 r"(?:militiamen|militia|fighters|rebels|militants|insurgents|jihadists|terrorists|gunmen|bandits|gangs?|"
                 r"them) (?:back )?out of|"
                 r"clear(?:ed)? (?:the )?(?:town|village|area) of)\b"),
    # (not "gunmen tried to overrun Kusheriki": an attempt, fought off, is the fight)
    "overtake": _C(r"(?<!tried to )(?<!trying to )(?<!attempted to )(?<!attempting to )(?<!failed to )(?<!sought to )"
                   r"\b(?:(?:took|taking|take|taken|seized|seizing|gained|established|assumed) (?:\w+ ){0,2}control|"
                   # "ISM briefly occupied the Meluco district headquarters", "raised their flag over the administration
                   # building" (not protesters who "occupied the square")
                   r"(?:briefly )?occupied (?:the )?(?:[\w-]+ ){0,2}?(?:town|village|city|district headquarters|"
                   r"district capital|garrison|military base|army base)\b|raised (?:their|its|the [\w-]+) (?:black )?flags? "
                   r"(?:over|above|on)\b|"
                   r"(?:seized|seizing|overran) (?:the )?(?:\w+ ){0,3}(?:outposts?|military bases?|army bases?|army camps?|"
                   # ("rebels seized the town of Mogaung after heavy fighting")
                   r"(?:town|village|city) of (?-i:[A-Z])|"
                   r"military camps?|garrisons?|(?:police |army |military )?(?:stations?|headquarters|barracks))|"
                   # (not a person: 'captured alias "Cuchillo"', "captured a senior ELN commander")
                   r"captur(?:ed|ing) (?!alias\b|(?:an? |the |two |three |\d+ )?(?:[\w-]+ ){0,2}?(?:commanders?|"
                   r"leaders?|chiefs?|members?|suspects?|militants?|fighters?|rebels?|soldiers?|men|people|persons?)\b)"
                   r"(?:the )?(?:\w+ ){0,2}(?:town|village|city|area|district|base|positions?|outposts?|"
                   r"garrisons?|"
                   r"(?:police |army |military )?(?:stations?|headquarters|barracks)|"
                   r"territory|(?-i:[A-Z])\w+)|"
                   # "Insurgents held Malanga, the seat of Majune district, for most of 5 October"
                   r"held (?:the (?:town|village|city) of )?(?-i:[A-Z])[\w'’-]+(?:, [^,;.]{3,60},)? (?:for|until|throughout)\b|"
                   # "..., which federal forces took over without further fighting"
                   r"took over (?:control of )?(?:the )?(?:[\w'’-]+ ){0,2}?(?:town|city|village|base|positions?|airstrip|"
                   r"airport|headquarters|barracks|camp)\b|(?:forces|troops|fighters|militants|soldiers|army) (?:\w+ ){0,2}?"
                   r"took (?:it |them )?over\b|"
                   # "the TNLA handed over Namtu to the regime": a town handed over (a peaceful transfer, unless fought for)
                   r"handed (?:over|back) (?:control of )?(?:the (?:town|city|village|base) of )?(?-i:[A-Z])[\w'’-]+ to\b|"
                   r"overr?an|overrun|fell to|(?:came|fell|passed) under (?:the )?control of|advanced (?:to|into|"
                   r"on)\b)"),  # (not "advanced towards their positions": an assault, repelled or not)
    "peaceful_transfer": _C(r"\b(?:without (?:a |any )?(?:fight|clash|resistance|confrontation)|no clashes|peacefully|handed over|"
                            r"withdr(?:ew|awn|awal)|evacuated the (?:area|town|base)|left the (?:area|town)|"
                            r"abandoned)"),
    "air": _C(r"\b(?:air ?strikes?|air[- ]?raids?|airstrikes?|air attacks?|drone (?:strikes?|attacks?)|"
              # "a drone loaded with explosives fell on a military patrol base"
              r"drones? (?:loaded|packed|laden|rigged|armed) with (?:\w+ )?explosives?|"
              # "SAF said its drones had destroyed 14 RSF combat vehicles": what the drones struck, told by its ruin
              r"drones? (?:had |have |has )?(?:destroyed|struck|hit|bombed|targeted|wounded|injured|killed)\b|"
              # "the Russians attacked the Tsarychanka community with a kamikaze drone"
              r"(?:attacked|struck|hit|targeted) [^.;]{1,60}? with (?:an? )?(?:kamikaze |FPV |attack |armed |strike )?drones?\b|"
              # "the Houthis launched two explosive-laden drones at the port of Mocha"
              r"(?:explosives?|bomb)-(?:laden|packed|carrying) drones?|(?:launched|sent|flew) (?:[\w-]+ ){0,3}(?:drones?|UAVs) "
              r"(?:at|on|against|towards?)\b|"
              # "attacked the army base in El Tarra with explosives dropped from a drone"
              r"(?:explosives?|bombs?|grenades?|charges?|munitions?) (?:\w+ )?dropped (?:from|by) (?:a |an )?(?:\w+ )?drones?|"
              r"drone-dropped|"
              # "attempted to target a check post by using quadcopters"
              r"(?:using|with|by) (?:a |an |armed |two |several )?quadcopters?|quadcopter (?:attacks?|strikes?)|"
              # "An Israeli strike on a building in Chmistar killed two people": the strike of an air force that
              # strikes from the air (not a Russian "strike", often a missile's, nor a workers' strike)
              r"(?-i:Israeli|Turkish|US|U\.S\.|American|Saudi-led|coalition|Coalition|Jordanian|Emirati) "
              r"(?:air |drone )?strikes? (?:on|against|hit|targeted|killed|struck|in|near)\b|"
              # a drone by its model: "a Shahed attack on Novooleksiyivka", "Geran-2 drones" (not "The Lancet")
              r"(?-i:Shahed|Geran|Lancet|Mohajer)s?(?:-\d+)?(?= (?:drones?|attacks?|strikes?|UAVs?)\b|-\d)|"
              r"air interdictions?|"  # a press release's "the Air Component conducted air interdiction on an enclave"
              # "an air force bombing raid on an EMC camp": the bombing from the air
              r"air force (?:bombing|bombardment|strikes?|raids?)|(?:aerial|air) (?:bombing|bombardment)s?|"
              # Sahel armies' "vecteurs aériens", "moyens aériens": '"air vectors" had struck a column of terrorists'
              r"(?:air|aerial) (?:vectors?|assets|means)[\"”’']? (?:\w+ ){0,2}(?:struck|hit|targeted|neutrali[sz]ed|destroyed|bombed)|"
              r"(?:armed |combat |kamikaze |suicide )?drones? (?:(?!(?:but|while|as|when|after|before|which|that)\b)"
              r"(?:\([\w'’-]+\)|[\w'’-]+) ){0,10}(?:struck|strike|hit|bomb\w*|targeted|"  # ("a drone attributed to the Sudanese Armed Forces (SAF) struck")
              r"attacked|dropped|fired|slammed into|crashed into|smashed into|ploughed into|plowed into)|"
              # the passive: "The minibus was hit by a first-person-view drone on a road near the village"
              r"(?:hit|struck|targeted|attacked|bombed) by (?:[\w'’-]+ ){0,4}?(?:drones?|quadcopters?)\b|"
              r"(?:targeted|struck|hit|attacked|bombed|pounded) (?:[\w'-]+,? ){0,14}?with "
              r"(?:armed |combat |kamikaze |suicide |explosive-laden |attack )?(?:drones?|quadcopters?)\b|UAVs?|warplanes?|fighter jets?|jets? (?:struck|bombed|hit)|"
              # "Iraqi F-16s struck two IS hideouts", "a JOC statement on strikes on two IS hideouts": an air force's
              # planes by their model, and strikes on a group's hideouts (no labour strike is "on hideouts")
              r"(?:f-\d{1,2}|su-\d{2}|mig-\d{2}|mirage|rafale|tucano|sukhoi)s? (?:\w+ ){0,2}?(?:struck|bombed|hit|"
              r"targeted|pounded|attacked)|strikes? on (?:[\w-]+ ){0,3}?(?:hideouts?|strongholds?|positions|targets|"
              r"training camps?|bases)|"
              r"aircraft (?:struck|bombed|hit|targeted)|helicopter gunships?|gunships?|aerial (?:bombardment|"
              r"attack|bombing|strikes?)|bombed from the air|"
              # ("the air component of the national armed forces had carried out strikes")
              r"air (?:force|component|wing)s? (?:\w+ ){0,7}?(?:struck|bombed|targeted|carried out|conducted)|drop(?:ped|ping|s)? (?:\w+ ){0,4}(?:bombs?|explosives?|munitions|grenades?)|"
              r"(?:bombs?|explosives?|munitions|grenades?|devices?) (?:were|was|had been|have been) dropped|"
              r"(?:aerial|guided|glide) bombs?|air force (?:\w+ ){0,3}(?:killed|destroyed|hit)|(?:aircraft|warplanes?|jets?|planes?|helicopters?|quadcopters?) "
              r"(?!(?:was|were|had been|has been) )(?:\w+ ){0,5}"
              r"(?:destroyed|dropped|struck|bombed|hit|targeted|fired))"),
    # ("A shell fired from Houthi positions struck a house": one shell, told as it hit)
    "shelling": _C(r"\b(?:(?<!gas )shell(?:ed|ing|s)|shell(?= (?:fired|landed|struck|hit|exploded|fell|slammed|crashed)\b)|artillery|mortars?|rockets?(?![- ]launchers?)|missiles?|howitzers?|"
                   # ("came under fire from 'Vampire' multiple rocket launchers"; not rocket launchers seized)
                   r"multiple[- ](?:launch )?rocket(?: launchers?| systems?)|"
                   r"(?-i:MLRS|Grad|Uragan|Smerch|Iskander|Kalibr|Tochka|HIMARS)\b|bombard(?:ed|ment|ing)|heavy weapons|projectiles?|"
                   r"tank (?:fire|shells?)|tanks? fired|katyusha|heavy (?:machine ?guns?|weapons|rounds|arms|guns)|"
                   r"anti-aircraft guns?)"),
    "suicide": _C(r"\b(?:suicide (?:bomb\w*|attack\w*|vest|car)|suicided? bomber|blew (?:him|her)self up|"
                  r"self-detonat\w*|SVBIED|SVIED|detonated (?:him|her)self|explosives?[- ]laden (?:vest|belt)|"
                  # "a young woman detonated explosives hidden under her clothing": the bomber's own body
                  r"(?:detonated|set off|triggered) (?:an? |the |her |his )?(?:explosive (?:vest|belt)|explosives? "
                  r"(?:vest|belt|hidden|concealed|strapped|tied|worn)))"),
    "chemical": _C(r"\b(?:chemical (?:weapons?|attack|agent|munitions?)|sarin|chlorine (?:gas|attack)|mustard gas|"
                   r"nerve agent|toxic gas attack)"),
    "ied": _C(r"\b(?:IEDs?|improvised explosive|(?:home-?made|crude|improvised) bombs?|roadside bombs?|land ?mines?|(?:anti-?(?:personnel|tank) |magnetic |naval |sea )mines?\b|(?:stepped on|hit|struck|ran over|triggered|set off|detonated|planted|laid|remote|buried) (?:a |an )?(?:\w+ )?(?:mines?|explosive devices?|bombs?)\b|(?:hit|struck|killed|injured|wounded|maimed) by (?:a |an )?(?:\w+ )?mines?\b|with (?:\w+ ){0,2}mines\b|mines? (?:\w+ ){0,2}(?:exploded|explosions?|blasts?|went off|detonated)|"
              r"car bombs?|VBIEDs?|booby[- ]trap\w*|detonat(?:ed|ing) (?:\w+ ){0,3}(?:bombs?|explosives?|devices?)\b|"
              # ("A bomb planted by the roadside killed three members of the General Security service")
              r"(?:bombs?|explosives?|explosive devices?) (?:planted|placed|hidden|buried|laid)\b|"
              # ("when a customs vehicle hit a device buried in the laterite road")
              r"(?:hit|struck|ran over|stepped on|triggered|set off) (?:a |an )?(?:[\w-]+ )?devices? (?:buried|planted|hidden|"
              r"laid)\b|"
              # ("an explosive device planted by Daesh terrorist elements targeted a vehicle of the Iraqi Army")
              r"explosive devices? (?:\w+ ){0,5}?(?:exploded|detonated|went off|"
              r"struck|hit|targeted)|(?:bomb|explosive|device) (?:\w+ ){0,5}?(?:exploded|detonated|went off|tore through|ripped through)|"
              r"(?<!gunfire and )(?<!shooting and )explosions?(?! and gunfire)|exploded|blasts?|bomb (?:attack|blast|explosion)|blew up(?! (?:the |a |an |their |his |her |several |\w+ )?(?:[\w-]+ )?(?:houses?|homes?|residences?|house of|home of)\b)|(?:packed|laden|rigged) with explosives|planted (?:a |an )?(?:bomb|explosive)|"
              r"sticky bombs?|magnetic bombs?|unexploded ordnance|UXO|explosive remnants?|bombing)"),
    "ied_device": _C(r"\b(?:IEDs?|improvised explosive|roadside (?:bombs?|explosive)|"
                     # "An explosive device buried in a dirt road wounded two soldiers"
                     r"explosive devices? (?:[\w-]+ ){0,2}?(?:buried|planted|hidden|placed|laid|exploded|went off)\b|"
                     r"bombs? (?:planted|placed|hidden|buried|laid) (?:by|on|in|along|under|near|beside) (?:the )?"
                     r"(?:road|roadside|side of the road)|"
                     r"(?:hit|struck|ran over|stepped on|triggered|set off) (?:a |an )?(?:[\w-]+ )?devices? (?:buried|"
                     r"planted|hidden|laid)\b|"
                     r"remote(?:ly)?[- ](?:detonated|"
                     r"controlled|explosive)|explosive attacks?|detonat(?:ed|ing) (?:\w+ ){0,4}(?:explosive|devices?|"
                     r"bombs?|mines?)|land ?mines?|mine (?:attacks?|explosions?|blasts?)|"
                     r"with (?:remote-controlled )?mines|remote[- ]controlled (?:mines?|bombs?|explosives?|devices?)|"
                     r"car bombs?|VBIEDs?|booby[- ]trap\w*|sticky bombs?|magnetic bombs?)"),
    "grenade": _C(r"\b(?:(?:hand[- ])?grenades?|RPGs?|rocket[- ]propelled grenades?|"
                  # "an explosive device thrown from a motorcycle": a device thrown by hand is a grenade's use
                  r"(?:explosive )?devices? (?:was |were )?(?:thrown|hurled|lobbed|tossed)|"
                  r"(?:threw|hurled|lobbed|tossed) (?:an? )?(?:explosive )?devices?)\b"),
    "sexual": _C(r"\b(?:rap(?:ed|e|es|ing)|gang-?raped?|sexual(?:ly)? (?:assault\w*|abus\w*|violence|"
                 r"exploitation|harass\w*)|molest\w*)\b"),
    # ("the abducted priest and his driver regained their freedom": those taken before, named)
    # (nor those a rescue freed: "rescuing 11 kidnapped travellers")
    "abduct": _C(r"\b(?:abduct(?:ing|ion|ions|s)?\b|" + _NOT_FREED + r"abducted|kidnap(?:ping|pings|s)?\b|" + _NOT_FREED
                 + r"kidnapped|taken hostage|held hostage|"
                 r"hostages?|(?:en)?forced(?:ly)? disappear\w*|went missing|abductors|kidnappers|"
                 # "armed men seized a cattle trader and his two sons": people seized are abducted
                 # and so are people "taken away" or "taken at a checkpoint"
                 # "was forced into an unmarked vehicle by men in civilian clothes": taken, by whoever
                 r"(?:forced|bundled|pushed|dragged) into (?:an? |the |their )?(?:unmarked |waiting |white )?(?:vehicle|car|van|"
                 r"pickup|truck|minibus)|"
                 # "four women ... were taken away by armed men": people carried off by an armed group
                 r"(?:were|was|been) (?:taken|carried|led) (?:away|off) by (?:suspected |unidentified |unknown |heavily )?"
                 r"(?:armed (?:men|individuals|assailants|elements)|gunmen|militants|jihadists|insurgents|bandits|"
                 r"kidnappers|rebels|fighters|militiamen)|"
                 # "four armed men took her from her home on Sunday morning"
                 r"(?:took|taken|dragged|pulled|snatched) (?:her|him|them|(?:a|an|one|two|three|four|five|six|\d+) (?:[\w-]+ )?"
                 r"(?:young )?(?:m[ae]n|wom[ae]n|people|boys?|girls?|youths?|persons?|brothers|teenagers?))(?:,[^,.;]{1,40},)? (?:away )?from "
                 r"(?:her|his|their|a|the) (?:[\w-]+ )?(?:home|house|"
                 r"farm|car|vehicle|shop|office|bed)|"
                 # "raided the homes of five activists and took them to an unknown location" (by the state: Arrests)
                 r"(?:took|taken|taking|transferred) (?:her|him|them|the \w+) (?:away )?to an? (?:unknown|undisclosed|secret) "
                 r"(?:location|destination|place|site)|"
                 r"(?:seized|snatched|took away|(?:had|have|has) taken away|carried off|led away|whisked away|dragged away|"
                 r"marched (?:away|off)) (?:[\w-]+ ){0,3}"
                 # ("militiamen took six men from a village near Tabayin town")
                 # ("took 14 passengers, including two health workers, into the forest")
                 rf"{_CAPTIVES}|\btook (?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens of) )"
                 rf"(?:[\w-]+ ){{0,2}}?{_CAPTIVES}(?:,[^,.;]{{1,60}},)? (?:away )?into the (?:forest|bush|jungle|hills|"
                 r"mountains|desert)\b|\btook (?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens of) )"
                 rf"(?:[\w-]+ ){{0,2}}?{_CAPTIVES} (?:away )?from (?:an? |the |their )|{_CAPTIVES} (?:[\w-]+ ){{0,6}}?(?:were|was) (?:(?:taken|led|carried|whisked|dragged) (?:away|off)|"
                 # "A Catholic priest and two seminarians were seized on Monday afternoon"
                 r"(?:seized|snatched)(?! (?:by (?:the )?)?(?:police|soldiers|troops|security|officers|authorities))|"
                 r"(?:taken|seized|snatched) (?:at|from) (?:an?|the|their|his|her) (?!hospital|clinic)\w+|"
                 r"taken by (?:gunmen|armed men|militants|fighters|bandits|kidnappers|rebels|the \w+))|"
                 # "stormed the Government High School and marched the principal and two teachers into the bush"
                 r"\b(?:marched|herded|frog-marched) (?:[\w-]+ ){1,6}?into the (?:forest|bush|jungle|hills|mountains|"
                 r"desert))\b"),
    # (not "serving a warrant of arrest for murder", "an arrest warrant": the order, not the arrest)
    # (but "served a warrant of arrest on a suspected sub-leader": he was arrested; "serving" it, they may not have)
    "arrest": _C(r"\b(?:(?<!warrant of )(?<!warrants of )arrest(?:ed|s|ing)?(?! warrants?)|served (?:a |an |the )?(?:warrants? of "
                 r"arrest|arrest warrants?)\b|detain(?:ed|s|ing)|detention|apprehend(?:ed|s)?|in(?:to)? custody|"
                 r"nabbed|rounded up|captured (?:\d+|\w+) (?:suspects?|members|militants|people|persons|men)|"
                 # ('soldiers captured alias "Cuchillo"', "captured a senior ELN commander": a person taken)
                 r"captured (?:alias\b|(?:an? |the )(?:[\w-]+ ){0,2}?(?:commander|leader|chief|member|suspect|militant|"
                 r"fighter|rebel)\b)|"
                 # "two medics were stopped by soldiers at a checkpoint ... and taken away": held, by whoever stopped them
                 rf"{_CAPTIVES} (?:were|was) (?:stopped|seized|picked up|held|pulled|grabbed) (?:[\w,'’-]+ ){{0,12}}?and "
                 r"(?:taken|led|carried|whisked|driven) (?:away|off)|"
                 # "officers of the FSB searched the homes of Tatar families and took four men away": the state holds them
                 r"(?:police|policemen|officers|agents|soldiers|troops|security forces|gendarmes)\b[^.;]{0,150}?\b"
                 rf"(?:took|led|drove) (?:[\w-]+ ){{0,3}}?{_CAPTIVES} away)\b"),
    "loot": _C(r"\b(?:loot(?:ed|ing|ers)?|plunder(?:ed|ing)?|pillag(?:ed|ing)|rustl(?:ed|ing)|steal|stole(?:n)?|"
               # ("broke into the warehouse and drove off with food and medical supplies")
               r"(?:drove|made|ran|carried|carted|got) (?:off|away) with (?:\w+ ){0,4}?(?:food|supplies|goods|cattle|"
               r"livestock|cash|money|vehicles?|medicines?|equipment|stocks?|grain)|"
               r"robb(?:ed|ery)|extort(?:ed|ion)|confiscat(?:ed|ion)|seized (?:\w+ ){0,4}(?:land|house|homes?|"
               r"property|properties|cattle|livestock|goods|vehicles?|cash|drugs?|marijuana|cocaine|tons?|kg|"
               r"kilograms?)(?! (?:traders?|herders?|dealers?|owners?|farmers?|keepers?|merchants?|rustlers?))|demolish(?:ed|ing)|demolition|bulldoz(?:ed|ing)|razed|torched|(?:blew|blown) up (?:the |a |an |their |his |her |several |\w+ )?(?:[\w-]+ )?(?:houses?|homes?|residences?)\b|"
               # ("condemned the burning of a backhoe and a dump truck ... by suspected CNTs": the act named as a noun)
               r"(?:burn(?:ed|t)|(?:burning|torching) of) (?:down )?(?:\w+ ){0,3}(?:houses?|homes?|shops?|vehicles?|huts?|buildings?|church|"
               r"mosque|school|office|property|properties|crops|pharmac(?:y|ies)|clinics?|granar(?:y|ies)|stores?|"
               r"warehouses?|market stalls?|tents?|shelters?|trucks?|cars?|buses|bus|backhoes?|bulldozers?|"
               r"excavators?|tractors?|motorcycles?|equipment|machinery|towers?)|"
               # "burned the village pharmacy, a medicine store supported by BHR and about 30 homes"
               r"burn(?:ed|t) (?:down )?(?:[\w,'’-]+ ){4,14}?(?:houses|homes|huts|shops)\b|set (?:\w+ ){0,4}(?:on )?fire|arson|"
               # "stopped three fuel trucks on the Niono road and set them alight": the things named first (not "set
               # ablaze their motorcycle" in a crowd's assault, nor bonfires)
               + _BURNT_THINGS + r"\b[^.;]{0,80}?\bset (?:them|it) (?:alight|ablaze)\b|"
               r"destroy(?:ed|ing) (?:\w+ ){0,3}(?:houses?|homes?|property|buildings?|crops|shops?|"
               r"infrastructure|cars?|vehicles?|shelters?|caves?|hideouts?)|vandali[sz]ed|"
               # "settlers uprooted and cut around 60 olive trees belonging to farmers": armed men's destruction of a
               # livelihood (not "the storm uprooted trees": an agent that is people)
               r"(?:settlers|soldiers|troops|militants|gunmen|armed men|fighters|militiamen|bulldozers)\b[^.;]{0,40}?"
               r"\b(?:uprooted|cut down|chopped down|felled|cut|destroyed|burn(?:ed|t))\b[^.;]{0,30}?\b(?:trees|saplings|"
               r"vines|orchards?|groves?)\b)"),
    "disrupted": _C(r"\b(?:"
                    # "established that the object was an explosive device and neutralised it"
                    r"(?:explosive devices?|IEDs?|bombs?|mines?|grenades?)\b[^.;]{0,60}?\b(?:neutrali[sz]ed|defused|disarmed) "
                    r"(?:it|them)\b|defus(?:ed|ing|al)|disarmed|"
                    # "an explosive device buried on the road ... was detected and neutralised by the engineering team"
                    r"(?:explosive devices?|IEDs?|bombs?|mines?)\b[^.;]{0,80}?\b(?:was|were|been) (?:\w+ and )?"
                    r"(?:neutrali[sz]ed|dismantled)\b|"
                    # "The Bomb Disposal Unit ... safely detonated the improvised explosive device"; "detected a
                    # suspicious object buried in the road": a police release's words for a bomb found
                    r"safely (?:detonated|destroyed|exploded)|render(?:ed|ing|s)? (?:\w+ )?(?:safe|inoperable|inoperative|harmless|inert)\b|(?:found|detected|discovered) (?:a )?suspicious "
                    r"(?:object|package|device)s?|destroyed in (?:situ|place)|controlled (?:explosion|detonation)|dismantl(?:ed|ing) (?:\w+ ){0,3}(?:IEDs?|bombs?|explosives?|"
                    r"devices?|mines?)|(?:seized|seizing|seizure|found|discovered|recovered|recovering|confiscated|confiscating|"
                    # (a place told between the verb and its object: "located and seized, in a rural area of Lerma,
                    # municipality of Bolívar, a cache containing 14 improvised explosive devices")
                    # ("a search of a sack ... led to the recovery of one AK-47 rifle")
                    r"uncovered|unearthed|neutrali[sz]ed|destroyed|recovery of)(?:, [^,;.]{3,60}(?:, [^,;.]{3,40})?,)? (?:[\w()-]+ ){0,4}"
                    r"(?:explosive|IEDs?|bombs?|weapons?|arms|"
                    r"ammunition|rockets?|mines?|munitions|rifles?|guns?|firearms|detonators?|cache|suicide (?:vests?|belts?)|"
                    r"(?:mortar |artillery )?(?:rounds|shells))|"
                    r"(?:explosive devices?|IEDs?|bombs?|weapons?|arms|ammunition|mines?|munitions|rifles?|"
                    r"firearms|detonators?) (?:\w+ ){0,3}(?:were|was) (?:\w+ )?(?:seized|found|discovered|"
                    r"recovered|confiscated|defused|dismantled|neutrali[sz]ed)|shot down|intercept(?:ed|ion)(?! by)"
                    # (not a bus or its passengers stopped on a road: "armed men intercepted a minibus")
                    r"(?! (?:[\w-]+ ){0,2}(?:minibus|bus|buses|vehicles?|cars?|trucks?|lorr(?:y|ies)|motorcycles?|boats?|whaleboats?|"
                    r"canoes?|pirogues?|ferry|ferries|barges?|"
                    r"passengers|travell?ers|motorists|traders|convoys?)\b(?! (?:packed|laden|loaded|rigged|filled|carrying)\b))|"
                    r"controlled (?:explosion|detonation)|bomb disposal|explosive ordnance disposal)"),
    # ("soldiers would be deployed along the border": a plan, no event)
    "deploy": _C(r"\b(?:(?<!would be )(?<!will be )(?<!to be )(?<!would )(?<!will )(?<!to )deploy(?:ed|ment|s|ing)|reinforcements?|mobili[sz](?:ed|ation)|troop movements?|"
                 r"moved (?:\w+ ){0,3}(?:troops|forces|fighters|convoy)|convoy of|recruit(?:ed|ment|ing)|"
                 r"trained|training|curfew|checkpoints? (?:were|was )?(?:set up|erected|installed)|"
                 r"(?:set up|erected|installed) (?:\w+ ){0,2}checkpoints?|security measures|military drills?|"
                 r"exercises?|defect(?:ed|ion)|merged|new leader|splinter)\b"),
    "security_measure": _C(r"\b(?:declared|imposed|announced|extended|enforced|introduced) (?:a |an )?(?:\w+ ){0,3}"
                           r"(?:state of emergency|curfew|martial law|lockdown|state of siege)"),
    "base": _C(r"\b(?:(?:established|set up|built|opened) (?:\w+ ){0,3}(?:base|headquarters|camp|outpost)s?)\b"),
    "agreement": _C(r"\b(?:agreement|agreed(?! that)|ceasefire|cease-fire|truce|peace (?:deal|talks?|accord)|accord|"
                    r"surrender(?:ed|s)?|laid down (?:their )?arms|prisoner (?:exchange|swap)|exchange of "
                    r"prisoners|released (?:\w+ ){0,3}(?:prisoners|detainees|hostages)|signed)\b"),
    "other": _C(r"\b(?:evacuat(?:ed|ion)|displace(?:d|ment)|fled (?:their|the)|bomb threats?|threat(?:s|ened)|"
                r"mass grave|refugees|election|referendum)\b"),
}

# ACLED notes and some wires open with a label naming the development ("Looting: On ...").
_LABELS = {
    "property destruction": "Looting/property destruction", "looting": "Looting/property destruction",
    "land seizure": "Looting/property destruction", "arson": "Looting/property destruction",
    "displacement": "Other", "other": "Other", "non-violent activity": "Other", "training": "Other",
    "elections/referendum": "Other", "mass grave": "Other", "explosive remnants of war": "Other",
    "strikes": "Other",
    "movement of forces": "Change to group/activity", "security measures": "Change to group/activity",
    "change to armed group": "Change to group/activity", "recruitment": "Change to group/activity",
    "interception": "Disrupted weapons use", "defusal": "Disrupted weapons use",
    "weapons seizure": "Disrupted weapons use", "detonation": "Disrupted weapons use",
    "arrests": "Arrests", "abduction": "Abduction/forced disappearance", "agreement": "Agreement",
    "headquarters or base established": "Headquarters or base established",
}
_LABEL_RE = re.compile(r"^\s*([A-Z][A-Za-z /-]{2,40}):\s")

# Cues strong enough to open an incident on their own (the rest only refine one).
WEAK_TRIGGERS = ("deploy", "security_measure")  # open an incident only with a concrete date ("on Thursday")
# "as the fighting spread": a definite reference to violence already reported, not a new incident.
# So is a named one, with its modifiers or its victim's name: "the deadly bomb blast", "Karlov's assassination",
# "the killing of Karlov" (not "the killing of five farmers", which tells a toll); so is one named by its victim,
# "the children's abduction", "her abduction"; so is one named by its place or its author, "the Westgate attack".
# (Every match opens with "t", "h" or a capital, whatever the case rules: the lookahead lets the engine's search pass
# over the other offsets at once, about a third faster on a sentence.)
ANAPHORIC_EVENT = re.compile(r"(?=[A-Zth])\b(?:(?i:the)(?: [a-z][\w-]*(?:['’]s|s['’]))?|(?-i:[A-Z][\w-]+)['’]s|(?i:his|her|their)) (?!(?i:first|second|third|fourth|latest|new|fresh|other|"
                             r"next|last|another)\b)(?:(?i:deadly|fatal|bloody|brutal|horrific|heinous|cowardly|recent|weekend|overnight|"
                             r"twin|double|coordinated|suspected|alleged|apparent|same|daring) ){0,2}(?:(?-i:[A-Z][\w'’-]+) ){0,2}(?i:fighting|clash(?:es)?|violence|attacks?|"
                             r"unrest|battle|offensive|riots?|ambush|raid|assault|encounter|incident|operation|bombing|"
                             r"shelling|explosion|blast|war|conflict|crisis|killings?|assassination|abduction|kidnapping|"
                             r"murder|massacre|shooting|stabbing|siege|cease-?fire|truce|exchange of (?:gun)?fire|gun ?fight|fire ?fight|"
                             # ("the killing on Sunday of a community leader": dated, its victim told anew)
                             r"gun ?battle|shoot-?out)\b(?! (?i:on) (?:[A-Z][a-z]+day|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}) (?i:of) "
                             r"(?:a|an|\d|one|two|three|four|five|six|seven|eight|nine|ten) )(?! (?i:of|on|against) (?:at least |more than |"
                             r"some |about )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds))")
TRIGGERS = ("protest", "riot_word", "riot_act", "kill", "violence_verb", "clash", "regain", "overtake", "air",
            "shelling", "suicide", "chemical", "ied", "grenade", "sexual", "abduct", "arrest", "loot",
            "disrupted", "base", "agreement", "injure")


def only_abductors_named(text: str) -> bool:
    """Whether the sentence's only words of abduction name those who abduct ("the kidnappers called ...")."""
    return CUES["abduct"].search(text) is not None and CUES["abduct"].search(_AGENT_NOUNS.sub(" ", text)) is None


def label_prefix(text: str) -> str | None:
    m = _LABEL_RE.match(text)
    return _LABELS.get(m.group(1).lower()) if m else None


# Cheap keyword checks that let a sentence skip the costly patterns it cannot match.
_ANCHORS = {
    "armed_victim": _C(r"kill|injur|wound|shot|came under|attacked|ambushed|fired|object of|target of"),
    "fire_at_armed": _C(r"fire|shot"),
    "protest": _C(r"protest|demonstr|rall|march|sit-in|picket|vigil|strike|street|block|press conf|gather|chant|chain|"
                  r"slogan|memorand|boycott|held|staged|organi|denounc|demand|support|solidarity|walk|to "),
    "intervention": _C(r"gas|cannon|bullet|pellet|baton|charg|dispers|police|force|authorit|officer|arrest|detain|"
                       r"stun|pepper|kettl|beat|fire|shot"),
}


# Literals every match of a cue contains: most sentences lack them for most cues (see fastregex.py).
_LITERALS = {name: as_sets(required_literals(pat)) for name, pat in CUES.items()}
# A cue of many alternatives ("\\b(?:clash\\w*|fought|...)") is also read part by part: a sentence holds the cue
# where it holds one of the parts, and the cue's first match starts at the first of the parts' (see
# fastregex.alternatives). Most sentences lack the literals of most parts, so only a few short patterns run
# instead of the whole alternation at every offset. Each part is filtered by its own literals, under a number.
# (Not the cues that most sentences holding their literals hold, found at once by the whole: measured slower.)
_WHOLE = ("firearm", "kill", "injure", "unarmed_group", "agreement", "disrupted", "other")
_PARTS: dict[str, dict[int, re.Pattern[str]]] = {}   # cue -> part number -> part
_FILTERS: dict[str | int, tuple[frozenset[str], ...]] = dict(_LITERALS)  # cue or part number -> its filter
for _name, _pat in CUES.items():
    _alts = alternatives(_pat) if _name not in _WHOLE else None
    if _alts is not None:
        _PARTS[_name] = {}
        for _alt in _alts:
            _PARTS[_name][len(_FILTERS)] = _alt
            _FILTERS[len(_FILTERS)] = as_sets(required_literals(_alt))
# Literal -> the (cue or part, filter group) pairs it satisfies: a sentence's literals name the cues it may hold.
_OWNERS: dict[str, list[tuple[str | int, int]]] = {}
for _name, _lits in _FILTERS.items():
    for _k, _group in enumerate(_lits):
        for _lit in _group:
            _OWNERS.setdefault(_lit, []).append((_name, _k))
# All the cues' and parts' literals in one pass over the sentence, read as the pairs they satisfy.
_SCAN = LiteralScan(list(_FILTERS.values()), _OWNERS)
_GROUPS = {name: len(lits) for name, lits in _FILTERS.items()}
assert max(_GROUPS.values()) <= 2
_UNFILTERED = frozenset(name for name, n in _GROUPS.items() if n == 0)


def _possible_cues(hit: set[tuple[str | int, int]]) -> set[str | int]:
    """The cues (and parts) whose every filter group has a literal in the sentence (what `may_match` says, for
    all at once), from the (cue or part, group) pairs its literals satisfy (`_SCAN.owned`)."""
    # (a filter has one or two groups: `required_literals`)
    return {name for name, k in hit if k == 0 and (_GROUPS[name] == 1 or (name, 1) in hit)} | _UNFILTERED
_TWINS = {name: lowercase_twin(pat) for name, pat in CUES.items()}  # same spans on `lowered(text)`


# A unit named for what it fights ("the police's Anti-Kidnapping and Extortion Unit"): its remit, no event.
_UNIT_NAME = re.compile(r"\b(?:Anti|Counter)[- ](?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|against)\s+)?){1,5}"
                        r"(?:Unit|Squad|Department|Directorate|Bureau|Agency|Commission|Cell|Force)\b")
# Words of violence that tell no event of the sentence: what displaced people fled long before ("families displaced
# by earlier fighting"), casualties a report leaves out ("without mentioning civilian casualties").
_NO_EVENT_PHRASE = re.compile(r"\b(?:displaced|uprooted) by (?:the )?(?:(?:earlier|recent|previous|past|ongoing|renewed|"
                              r"years of|months of|weeks of)\s+)?(?:fighting|clashes|violence|conflict|hostilities)\b|"
                              r"\bwithout (?:mentioning|reporting|giving|citing|any|causing) (?:any )?(?:[\w-]+ )?"
                              r"(?:casualties|deaths|injuries|fatalities)\b|"
                              # a mob's pretext: "accusing them of abducting children", "after rumours of child abductions"
                              r"\b(?:accus(?:ing|ed) (?:\w+ )?of|rumou?rs? (?:\w+ ){0,2}?of|suspected of) (?:[\w-]+ ){0,2}?"
                              r"(?:abduct\w*|kidnap\w*)(?: (?:of )?(?:children|a child|a girl|a boy))?|"
                              # "moved vehicles into Tajoura, but no fighting was reported": what did not happen
                              # ("no clashes" stays: a town taken without them is a peaceful transfer)
                              r"\bno (?:\w+ )?(?:fighting|shooting|gunfire|exchanges? of fire|violence) (?:was|were|has been|"
                              r"had been|have been) (?:reported|recorded|heard|observed)\b|"
                              # "took away six teachers, accusing them of defying the separatists' boycott of schools":
                              # what the captors hold against them, no event (nor a protest)
                              r"\baccusing (?:them|him|her) of (?:defying|breaking|violating|ignoring|flouting|"
                              r"disobeying|not respecting|supporting|collaborating|spying)\b[^,;.]*|"
                              # "separatist fighters who have been enforcing a boycott of schools": an armed group's
                              # order, no crowd's protest
                              r"\b(?:enforc\w+|impos\w+) (?:a |an |the |their |its )?(?:[\w-]+ ){0,2}?(?:boycotts?|"
                              r"lockdowns?|shutdowns?|sit-at-home(?: orders?)?|bans?|strikes?)\b(?: (?:of|on) (?:the )?"
                              r"(?:schools?|classes|businesses|markets|shops|transport|movement))?|"
                              # "arrested seven suspected informants of kidnapping gangs": who the gang is, no abduction
                              r"\b(?:kidnap(?:ping)?|abduction|hostage-taking) (?:gangs?|rings?|syndicates?|networks?|"
                              r"cells?|kingpins?|suspects?)\b|"
                              # "arrested a man, accusing him of carrying out explosions": the charge, not an event
                              # ("arrested two suspects ... in connection with the 2023 bombing of a passenger bus")
                              r"\b(?:accus(?:ing|ed) (?:him|her|them|\w+ )?of|on suspicion of|suspected of|on charges? of|"
                              r"charged with|in connection with|for (?:(?:his|her|their) )?(?:alleged )?(?:role|involvement|"
                              r"participation) in) (?:(?:carrying out|planting|plotting|planning|staging|involvement in|taking part "
                              r"in|participating in|having) )?(?:the |a |an )?(?:[\w-]+ ){0,2}?(?:explosions?|bomb(?:s|ings?)?|"
                              r"attacks?|attacking|killings?|killing|murders?|murdering|ambush(?:es)?|shooting)\b[^,;.]*|"
                              # "after being attacked with remote-controlled explosives (coded separately)": ACLED's note
                              # names an event it codes as another row
                              r"\b(?:after|following|against|over|for)\b(?:(?!\b(?:after|following|against|over|for)\b)"
                              r"[^;.()])*\(coded separately\)|"
                              # "The protest was peaceful and no security forces intervened": no intervention
                              r"\bno (?:[\w-]+ ){0,2}(?:intervened|interfered)\b|\b(?:did not|didn['’]t|never) intervene\b|"
                              # "arrested 23 people, including relatives of those killed in Dehdasht": who they are
                              r"\b(?:relatives|families|family members|parents|mothers|fathers|widows|children|friends) of "
                              r"(?:those|the (?:people|protesters|men|victims|demonstrators)|people) (?:\w+ )?(?:killed|shot dead|"
                              r"who (?:were|had been) killed|who died)\b|"
                              # "... but local officials said they had no reports of fighting there": a denial
                              r"\b(?:no|not any) (?:\w+ )?reports? of (?:any )?(?:fighting|clashes|violence|attacks?|shooting|"
                              r"gunfire|exchanges? of fire)\b|"
                              # "NHRD-C found no evidence of an exchange of fire": what an inquiry found did not happen
                              r"\bno (?:evidence|sign|trace|indication)s? (?:of|that) (?:an? |any )?(?:[\w-]+ ){0,2}?"
                              r"(?:fighting|shooting|gunfire|exchanges? of fire|clash(?:es)?|attack|battle)\b|"
                              # "the police commander tells us no protest took place in Meru town today"
                              r"\bno (?:protests?|demonstrations?|march(?:es)?|rall(?:y|ies)|gatherings?) (?:took place|"
                              r"(?:was|were|had been|has been) (?:held|staged))\b", re.I)
_NO_EVENT_HEADS = ("displaced by", "uprooted by", "without ", "accus", "rumour", "rumor", "suspected of", "no ",
                   "relatives of", "families of", "members of", "parents of", "mothers of", "fathers of", "widows of",
                   "children of", "friends of", "suspicion of", "charge", "coded separately", "kidnap",
                   "abduction", "hostage", "enforc", "impos", "connection with", "role in", "involvement in",
                   "participation in")
# Whether a sentence holds any of them, in one scan (the same answer as testing each: literal alternatives).
_ANY_NO_EVENT_HEAD = re.compile("|".join(map(re.escape, _NO_EVENT_HEADS)))
_WITHOUT_FIGHT = re.compile(r"\bwithout (?:a |any |further )?(?:fighting|clashes|a shot (?:being )?fired|bloodshed)\b", re.I)
# A rally named with a capital is a race or a party, not a demonstration: "the Dakar Rally", "the National Rally".
_NAMED_RALLY = re.compile(r"\b(?-i:[A-Z][\w'’-]+ Rall(?:y|ies))\b")


def sentence_cues(text: str) -> Counter[str]:
    """Cue name -> 1 for every cue present; the offset of the first trigger cue is under key "_pos"."""
    out: Counter[str] = Counter()
    dict.update(out, _cues_of(text))  # a copy: callers add and remove cues (without Counter's own update path)
    return out


# ACLED codes a ground assault opened by mortar or rocket fire as the assault (a clash or an attack), not as shelling:
# "attacked the camp from two directions after firing mortars at it" (the fire blanked; "shelled the camp" is not)
_PRELUDE_FIRE = re.compile(r"\b(?:attacked|stormed|assaulted|raided|overran|broke into)\b[^.;]{0,80}?\s(?P<prelude>(?:after|having) "
                           r"(?:first )?(?:firing|launching|lobbing|fired|launched) (?:[\w-]+ ){0,3}?(?:mortars?|mortar rounds|"
                           r"shells|rockets|RPGs?|rocket-propelled grenades)(?: (?:at|on|into) (?:it|them|the [\w-]+))?)", re.I)


# What a protest is against is its cause, not its own violence: "marched ... to protest against the killing of one of
# their colleagues on the Grimari road last week" (the killing named blanked, the protest verb kept: still a protest)
_PROTESTED_KILLING = re.compile(r"\b(?:to protest|protesting|in protest|to denounce|denouncing|to condemn|condemning|"
                                r"to demand justice for|demanding justice for)(?: (?:against|at|over))? (?P<cause>the (?:[\w-]+ )?"
                                r"(?:killings?|murders?|deaths?|assassinations?|shootings?|lynchings?) of\b[^.;,]*)", re.I)


# "People's Defence Forces (SSPDF) positions": a body's acronym in brackets, inside the phrase a cue reads
_ACRONYM_IN_BRACKETS = re.compile(r" \((?-i:[A-Z][A-Za-z-]*[A-Z][A-Za-z-]*)\)(?= )")


@functools.lru_cache(maxsize=256)
def _cues_of(text: str) -> Counter[str]:
    """`sentence_cues`, remembered for the last sentences: the reader asks again of a sentence with its quotations
    blanked (twice) and of the quotations themselves; those scans cost more than the copy."""
    if "Anti" in text or "Counter" in text:  # the heads _UNIT_NAME opens with
        text = _UNIT_NAME.sub(lambda m: " " * len(m.group(0)), text)
    if _ANY_NO_EVENT_HEAD.search(text):
        text = _NO_EVENT_PHRASE.sub(lambda m: " " * len(m.group(0)), text)
    if "without " in text:
        # "regime soldiers moved in during the afternoon without any fighting": no clash, a peaceful handover
        text = _WITHOUT_FIGHT.sub(lambda m: "without a fight".ljust(len(m.group(0))), text)
    if "Rall" in text:
        text = _NAMED_RALLY.sub(lambda m: " " * len(m.group(0)), text)
    if " the killing" in text or " the murder" in text or " the death" in text or " the shooting" in text \
            or " the assassination" in text or " the lynching" in text:
        text = _PROTESTED_KILLING.sub(lambda m: m.group(0)[:m.start("cause") - m.start()] + " " * len(m.group("cause")),
                                      text)
    if "after " in text or "having " in text:
        m = _PRELUDE_FIRE.search(text)
        if m:
            text = text[:m.start("prelude")] + " " * len(m.group("prelude")) + text[m.end("prelude"):]
    removed: list[int] = []
    dropped = {i for m in _ACRONYM_IN_BRACKETS.finditer(text) for i in range(*m.span())} if "(" in text else ()
    if '"' in text or "“" in text or dropped:
        # 'its jets had "destroyed a logistics hub"': a source's words quoted inside the sentence still read on
        # (the marks taken out; the first cue's offset is mapped back to the sentence as given)
        # ("attacked South Sudan People's Defence Forces (SSPDF) positions": a body's acronym taken out too)
        removed = sorted({i for i, ch in enumerate(text) if ch in '"“”'} | set(dropped))
        if dropped:
            gone = set(removed)
            text = "".join(ch for i, ch in enumerate(text) if i not in gone)
        else:
            text = text.replace('"', "").replace("“", "").replace("”", "")
    c: Counter[str] = Counter()
    pos = len(text)
    lowered = lower_exact(text)
    possible = _possible_cues(_SCAN.owned(lowered)) if lowered is not None else None
    for name, pat, anchor, twin, trigger, parts in _CUE_TABLE:
        if possible is not None and name not in possible:
            continue  # the cheaper filter first: a set test
        if anchor is not None and not anchor.search(text):
            continue
        if parts is not None and possible is not None:
            start = -1
            for k in parts[0] & possible:  # its parts this sentence may hold, in any order
                part_twin, part = parts[1][k]
                m = part_twin.search(lowered) if part_twin is not None else part.search(text)
                if m is not None and (start < 0 or m.start() < start):
                    start = m.start()
                    if not trigger:
                        break  # only whether the cue is there counts
            if start < 0:
                continue
        else:
            m = twin.search(lowered) if twin is not None and lowered is not None else pat.search(text)
            if not m:
                continue
            start = m.start()
        if name == "protest" and _speech_only(text):
            continue
        c[name] = 1
        if trigger and start < pos:
            pos = start
    if removed and pos < len(text):
        for i in removed:  # offsets of the marks in the sentence as given, ascending
            if i <= pos:
                pos += 1
    elif removed:
        pos += len(removed)
    c["_pos"] = pos
    return c


# Protest cues that are only speech acts: a state "demanding", a speaker "condemning", an envoy "denouncing".
_SPEECH_CUE = re.compile(r"^(?:to (?:demand|denounce|condemn|call for|oppose|reject|express\b.*)|denounc\w*|demand\w*|"
                         r"(?:in|to show) (?:support|solidarity)\b.*)", re.I)
# ACLED: a demonstration is people acting together; a demand is one only when many make it. Who made it is told
# before the speech verb: a plural noun, a number of people, "they".
_MANY = re.compile(r"\b(?:[A-Za-z]{2,}[^s\W'’]s|\w*men|(?i:people|police|crowds?|groups?|collective|dozens?|hundreds|"
                   r"thousands|others|they|we)|(?!(?:19|20)\d\d\b)\d+(?! (?:January|February|March|April|May|June|July|August|"
                   r"September|October|November|December)))\b")


# The source named at the end of a sentence: ", the Ombudsman's Office denounced."
_ATTRIBUTION_TAIL = re.compile(r",\s+(?:the |a |an )?(?:[\w'’.()-]+\s+){1,7}?(?:denounc\w+|demand\w+|condemn\w*)"
                               # (", their relatives denounced on social media.")
                               r"(?:\s+(?:on|in|to) (?:[\w-]+ ){0,2}[\w-]+)?\s*[.!]?[\"”’']?\s*$", re.I)


_MEETING = re.compile(r"\b(?:(?:held|hold|holding) (?:a |an )?(?:\w+ )?(?:meeting|talks|audience|consultations?)|met (?:with )?|"
                      r"(?:at|during|in) (?:a |an |the )?(?:\w+ )?(?:meeting|talks))\b", re.I)


def _speech_only(text: str) -> bool:
    """Whether every protest cue of the sentence is a speech act and no plural actor is named before the first."""
    found = []
    for m in CUES["protest"].finditer(text):
        if not _SPEECH_CUE.match(m.group(0)):
            return False   # (a cue that is no speech act answers: the cues after it are not looked for)
        found.append(m)
    if found and all(_SPEECH_CUE.match(m.group(0)) and re.match(r"\w*\s+that\b", text[m.end():m.end() + 8])
                     and not m.group(0).lower().startswith("to ")
                     and not text[max(0, m.start() - 3):m.start()].lower().endswith("to ") for m in found):
        return True  # "residents denounced that a gang dropped explosives": what they said, not a protest
    if found and _MEETING.search(text, 0, found[0].start()):
        return True  # "notables held a meeting with security officials and demanded checkpoints": talks, no protest
    tail = _ATTRIBUTION_TAIL.search(text)
    if found and tail is not None and found[0].start() >= tail.start():
        return True  # "..., kidnapped three people, the Ombudsman's Office denounced.": who told it, not a protest
    return not _MANY.search(text, 0, found[0].start()) if found else False


def is_trigger(cues: Counter[str]) -> bool:
    for t in TRIGGERS:  # a plain loop: asked several times of every sentence
        if cues.get(t):
            return True
    return False


# "rescued four victims who were abducted on 1/11/2026": those freed, the abduction only recalled
_RESCUED_WHO_WERE_TAKEN = re.compile(r"\b(?:rescued|freed|released|liberated)\b(?:[^.;]{0,80}?\b(?:who|that) (?:had been|were|was) "
                                     r"(?:abducted|kidnapped|seized|taken hostage)\b|"
                                     # ("tracked the abductors to a hideout ..., where they freed the five hostages safe
                                     # and sound and arrested three of the kidnappers")
                                     r" (?:the |all )?(?:[\w()-]+ ){0,2}(?:hostages|captives|kidnap victims)\b)", re.I)
# "a joint gendarmerie and police patrol came under fire": someone armed fired on them, no crowd
_UNDER_FIRE = re.compile(r"\bcame under (?:\w+ )?(?:fire|gunfire|attack)\b", re.I)
# "the bandits stormed Tambuwal": an armed group's raid, no crowd's riot
_ARMED_STORMED = re.compile(r"\b(?:bandits|gunmen|militants|jihadists|insurgents|attackers|assailants|fighters|terrorists|"
                            r"kidnappers|raiders|rebels|militiamen)\s+(?:\w+\s+)?(?:stormed|invaded|overran)\b", re.I)
# "The farmers were attacked ...": the group named is the one hit, not a crowd that attacked
_GROUP_HIT = re.compile(r"\b(?:farmers|herders|villagers|residents|traders|worshippers|students|youths|women|men|people|"
                        r"passengers|fishermen|miners|workers)\s+(?:were|was|had been|have been)\s+(?:\w+ly\s+)?"
                        r"(?:attacked|assaulted|ambushed|shot|killed|hacked)\b", re.I)
# "Fighters stormed the village" is an armed raid; stones, petrol bombs and barricades are a riot's own acts.
_RIOT_ACT_BUT_STORMING = re.compile(r"\b(?:thr(?:ew|ow|owing|own)|pelt|stone|molotov|petrol bomb|barricad|tyres?|tires?|"
                                    r"vandali|ransack|smash|scuffle)", re.I)


# ACLED: property that people without arms burn or smash is a riot's destruction, not "Looting/property destruction"
# (kept for armed groups and authorities): "a group of youths has set fire to a police post".
# A few people named as the ones who attacked: "by a group of about ten men", "by unknown men", "by four assailants"
_BY_A_GANG = re.compile(r"\b(?:attacked|assaulted|beaten|set upon)\b[^.;]{0,60}?\bby (?:a group of (?:[\w-]+ ){0,3}?"
                        r"(?:men|people|individuals|assailants|attackers)|(?:unknown|unidentified|masked|hooded|armed) "
                        r"(?:men|people|individuals|assailants|attackers)|(?:[\w-]+ ){0,2}(?:assailants|attackers|thugs))\b",
                        re.I)
_CROWD_DID = re.compile(r"(?<!armed )\b(?:(?:a |an )?group of (?:\w+ )?(?:youths|young men|residents|villagers|locals|students)|"
                        r"(?:angry |irate )?(?:youths|young men|young people|residents|villagers|locals|students|crowds?|mobs?|rioters)|"
                        r"(?:angry|irate|rampaging) youth)"
                        # "a crowd of several hundred has torn down part of the fence"
                        r"(?: of (?:[\w-]+ ){0,2}?[\w-]+)?"
                        # "young people in Koumra, the provincial capital, set fire to two vehicles"
                        r"(?: in [A-Z][\w'’-]+(?:, (?:the |a )?[\w ]{1,30},)?)?"
                        # ("a group of young men, some of them hooded, have set fire to a city bus")
                        r"(?:,[^,.;]{1,40},)? "
                        r"(?:(?:then|later|also|reportedly|allegedly|on \w+|yesterday|today|overnight|last night) )?"
                        r"(?:(?:has|have|had) )?(?:set (?:\w+ ){0,3}?(?:on )?fire|torched|burn(?:ed|t) (?!to death)|"
                        r"vandali[sz]ed|ransacked|smashed|stoned|(?:tore|torn|pulled|knocked) down)", re.I)


_DEMAND_TAIL = re.compile(r",\s+(?:demanding|calling for|to demand|in protest (?:at|against|over))\b", re.I)
_PROTEST_BEHIND = re.compile(r"\b(?:who had (?:\w+ ){0,3}|for having (?:\w+ ){0,3})(?:the |a |an |last \w+'s )?(?:[\w-]+ )?"
                             r"(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?)\b", re.I)
# Residents, not the state, holding suspects: "residents of the village of El Rodeo detained two men".
_CROWD_DETAINED = re.compile(r"\b(?:residents|villagers|locals|community members|a (?:crowd|mob)|(?:angry |irate )?youths)"
                             r" (?:of (?:the |a |an )?(?:[\w'’-]+ ){1,9}?|in (?:the |a |an )?(?:(?!after |when |and )[\w'’-]+ ){1,4}?)?"
                             r"(?:detained|seized|apprehended|caught|captured|"
                             r"held|tied up)\b", re.I)


_CRUDE_FIGHT = re.compile(r"\b(?:supporters|youths?|young men|residents|villagers|students|workers|traders|groups|crowds?|"
                          r"mobs?|members of rival \w+)\b[^.;]{0,100}?\b(?:fought|clashed|brawled|fighting|clashing)\b"
                          r"[^.;]{0,20}?\bwith (?:\w+ ){0,2}?(?:sticks|stones|machetes|knives|clubs|brickbats|rods|bricks|"
                          r"bamboo sticks|iron rods)\b|"
                          # "a clash ... between ruling party supporters and opposition activists armed with sticks and bricks"
                          r"\bclash(?:es)?\b[^.;]{0,80}?\bbetween (?:[\w-]+ ){0,4}?(?:supporters|activists|youths?|students|"
                          r"workers|villagers|residents)\b[^.;]{0,80}?\barmed with (?:\w+ ){0,2}?(?:sticks|stones|machetes|knives|"
                          r"clubs|brickbats|rods|bricks|bamboo sticks|iron rods)\b", re.I)
_AGAINST_THE_STATE = re.compile(r"\b(?:outside|at|on|into|(?:set )?fire to(?: part of)?|torched|stormed|ransacked|vandali[sz]ed) "
                                r"the (?:district |local |divisional |nearby |town['’]s )?(?:prefecture|gendarmerie|police "
                                r"station|governor['’]?s? office|"
                                r"town hall|city hall|district office|government (?:offices?|buildings?)|sub-prefecture)\b|"
                                r"\baccusing the (?:authorities|government|police|state)\b", re.I)
_RIVALS = re.compile(r"\bbetween (?:the )?(?:supporters|activists|members|followers|partisans) of (?:rival|two|the two|"
                     r"opposing)\b|\brival (?:supporters|activists|factions|camps|groups of supporters)\b", re.I)
# "a clash between supporters of the Trinamool Congress and the BJP": two parties' crowds, named
_PARTY_RIVALS = re.compile(r"\bbetween (?:the )?(?:supporters|activists|workers|cadres|followers) of (?:the )?"
                           r"(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,3} and (?:the )?(?:(?:supporters|activists|"
                           r"workers|cadres|followers) of (?:the )?)?(?-i:[A-Z])", re.I)
_STATE_KILLED = re.compile(r"\b(?:police(?:m[ae]n)?|soldiers|troops|gendarmes|security forces|riot police|the army)\b"
                           r"[^.;]{0,30}?\b(?:shot dead|shot and killed|killed|gunned down|shot)\b|"
                           # "the killing of a young protester by security forces"
                           r"\b(?:killing|shooting|murder)s? of (?:\w+ ){1,4}?by (?:the )?(?:\w+ )?(?:police(?:m[ae]n)?|soldiers|"
                           r"troops|gendarmes|security forces|riot police|army|forces)\b|"
                           # "one protester was killed by live fire": live rounds at a crowd are the state's
                           r"\b(?:killed|shot dead|died|shot)\b[^.;]{0,25}?\b(?:by|from|with) live (?:fire|ammunition|rounds|bullets)\b|"
                           # "A second person shot during this afternoon's protest in Moshi has died": shot at a protest
                           r"\bshot (?:by (?:the )?(?:police|soldiers|troops|security forces|gendarmes) )?(?:during|at) "
                           r"(?:[\w'’]+ ){0,3}?(?:protests?|demonstrations?|march(?:es)?|rall(?:y|ies))\b[^.;]{0,60}?"
                           r"\b(?:has |had |have )?died\b",
                           re.I)
_FIRED_AT_CROWD = re.compile(r"\b(?:opened fire|fired|shot|firing)\b[^.;]{0,40}?\b(?:on|at|into) (?:the |a )?(?:crowds?|"
                             r"blockaders|strikers)\b", re.I)
_GUNFIRE = re.compile(r"\b(?:guns?|gunfire|gunshots?|firearms?|rifles?|shot|shooting|bullets?|opened fire)\b", re.I)
# "attacked Turkish forces, in conjunction with airstrikes": the air strikes support a ground battle.
_SUPPORTING = re.compile(r"\b(?:in conjunction with|supported by|backed by|with (?:the )?support of|with air support|"
                         r"under (?:the )?cover of|covered by)\b", re.I)
_PROTEST_FIRST_KINDS = ("clash", "air", "shelling")


def _protest_leads(text: str) -> bool:
    """"protesting the presence of army forces after their offensives": the protest comes before its object."""
    m = CUES["protest"].search(text)
    if m is None:
        return False
    others = [o.start() for o in (CUES[k].search(text) for k in _PROTEST_FIRST_KINDS) if o]
    return bool(others) and m.start() < min(others)


# Heavy machine guns fired by an assaulting force are direct fire, not shelling ("heavy weapons" stays
# shelling: ACLED's notes use it for artillery).
_DIRECT_FIRE = re.compile(r"^heavy machine ?guns?$", re.I)


def _only_direct_fire(text: str) -> bool:
    """"Militants attacked the police post with heavy weapons": a ground assault, no shell or missile named."""
    found = [m.group(0) for m in CUES["shelling"].finditer(text)]
    return bool(found) and all(_DIRECT_FIRE.match(f) for f in found)


# "opened fire with machine guns and threw grenades at a checkpoint": an assault on an armed post, fought with both
_BLAST_THEN_FIRE = re.compile(r"\b(?:detonated|set off|exploded|triggered) (?:an? |two |three )?(?:[\w-]+ )?(?:mines?|ieds?|"
                              r"bombs?|explosives?|explosive devices?|roadside bombs?)\b[^.;]{0,40}?\band (?:then )?(?:opened fire|fired) "
                              r"(?:on|at|upon) (?:an? |the )?(?:[\w-]+ ){0,4}?(?:convoy|patrol|trucks|vehicles|soldiers|troops|"
                              r"police|post|checkpoint|column)\b", re.I)
_GUNS_AND_GRENADES = re.compile(r"\b(?:opened fire|fired|shooting)\b[^.;]{0,60}?\b(?:threw|hurled|lobbed|throwing|hurling)\b"
                                r"[^.;]{0,15}?\bgrenades?\b[^.;]{0,30}?\b(?:at|on) (?:a |an |the )?(?:[\w-]+ ){0,3}?"
                                r"(?:checkpoints?|check-?posts?|bases?|posts?|patrols?|convoys?|barracks|positions?|police stations?)\b", re.I)
# "attacked Police Station Buleda with automatic weapons and rocket-propelled grenades": an armed assault, its
# launchers fired beside its rifles (not a grenade thrown)
_GUNS_AND_RPGS = re.compile(r"\b(?:attacked|stormed|raided|assaulted|ambushed)\b[^.;]{0,80}?\bwith (?:[\w-]+ ){0,2}?(?:weapons|"
                            r"rifles|guns|firearms)\s*(?:,\s*|\s+and\s+)(?:[\w-]+ )?(?:rocket[- ]propelled grenades|RPGs)\b|"
                            r"\bwith (?:rocket[- ]propelled grenades|RPGs) and (?:[\w-]+ ){0,2}?(?:weapons|rifles|guns|firearms)\b",
                            re.I)
_ROCKETS_AND_GUNS = re.compile(r"\b(?:attacked|stormed|raided|assaulted)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:police "
                               r"(?:station|post|checkpoint)|checkpoint|check-?post|outpost|post|base|barracks|camp)\b"
                               r"[^.;]{0,80}?\bwith (?:[\w-]+ ){0,2}?rockets? and (?:[\w-]+ ){0,2}?(?:weapons|rifles|guns|"
                               r"firearms)\b", re.I)
_DISPERSED = re.compile(r"\b(?:to |and )?dispers(?:e|ed|ing)\b|\b(?:was|were|been) dispersed\b", re.I)


# "burned tyres and threw stones at a police jeep after one of their colleagues was arrested": why they rioted
_CAUSE_BEFORE = re.compile(r"\b(?:after|following|over|against|protesting)\b[^,.;]{0,60}$", re.I)


def _arrest_as_cause(text: str) -> bool:
    """Whether every arrest the sentence names is the cause of what it tells, not an event of its own."""
    return all(_CAUSE_BEFORE.search(text, max(0, m.start() - 70), m.start()) for m in CUES["arrest"].finditer(text))


def arrests_only_as_cause(text: str) -> bool:
    """Whether the sentence names arrests, each of them as the cause of what it tells ("after the brigade detained
    a driver")."""
    return CUES["arrest"].search(text) is not None and _arrest_as_cause(text)


def _named_first(text: str, one: str, other: str) -> bool:
    """Whether the cue `one` is named before the cue `other` in the sentence."""
    a, b = CUES[one].search(text), CUES[other].search(text)
    return a is not None and (b is None or a.start() < b.start())


# An assault on an armed post: "Mai-Mai fighters attacked an army position near the Namoya gold mine"
_ASSAULT_ON_POST = re.compile(r"\b(?:(?:stormed|raided|broke into|overran|assaulted|attacked)|(?:attack|assault|raid)s? "
                              r"(?:[\w-]+ ){0,2}?on) (?:the|a|an|their) (?:[\w-]+ ){0,2}?"
                              r"(?:(?:army|military|police|security|border|gendarmerie|militia|rebel) (?:positions?|posts?|"
                              r"stations?|bases?|camps?)|outposts?|barracks|garrisons?|checkpoints?|positions? (?:of|held by) (?:the )?(?:[\w-]+ ){0,2}?(?:army|military|forces|troops|"
                              r"soldiers|police))\b", re.I)
# Victims named only as "people": whom the attack was aimed at decides, not the word
_GENERIC_VICTIMS = re.compile(r"\b(?:people|persons|(?:armed|unknown|unidentified) m[ae]n)\b", re.I)


def _only_people_hit(text: str) -> bool:
    """Whether the sentence's civilian victims are only "people" ("Five people were killed on Saturday when
    Mai-Mai fighters attacked an army position"; "armed men" are the attackers): ACLED codes such an assault on an
    armed post as a clash."""
    return CUES["civ_victim"].search(text) is not None and CUES["civ_victim"].search(
        _GENERIC_VICTIMS.sub("someone", text)) is None


# Sides that fight as communal (identity) militias in ACLED's coding, whatever their weapons
_IDENTITY_SIDES = re.compile(r"\b(?:(?:two|rival|neighbou?ring) (?:clans|sub-clans|tribes|communities|ethnic groups)|"
                             r"clansmen|tribesmen|(?:members|militias?|youths|fighters) of (?:the )?(?:two|rival) (?:clans|"
                             r"tribes|communities))\b", re.I)


# "Three mortar rounds landed in rice fields during heavy fighting between the Myanmar military and the KNLA": the
# fighting is when the rounds fell, not the event told
_DURING_FIGHTING = re.compile(r"\b(?:during|amid|amidst)\s+(?:the\s+)?(?:heavy\s+|intense\s+|fierce\s+|renewed\s+|"
                              r"ongoing\s+)?(?:fighting|clashes|battles?)\b[^,;.]*", re.I)


def _fighting_as_setting(text: str) -> bool:
    """Whether every fight the sentence names is the setting of what it tells ("during heavy fighting ...")."""
    blanked = _DURING_FIGHTING.sub(lambda m: " " * len(m.group(0)), text)
    # (rounds that landed or hit: not "destroyed two tanks and five artillery systems during clashes", a battle)
    return blanked != text and not sentence_cues(blanked).get("strong_clash") and _IMPACT.search(blanked) is not None


_IMPACT = re.compile(r"\b(?:landed|fell|struck|hit|exploded|slammed into|impacted)\b", re.I)


_CROWD_NOUNS = r"(?:young people|youths?|young men|residents|villagers|protesters|demonstrators|students|traders|crowds?)"
_FORCES = r"(?:the )?(?:security forces|police|gendarmes|gendarmerie|riot police|anti-riot police|soldiers|troops|army)"
_CROWD_VS_FORCES = re.compile(rf"\b(?:clash(?:es|ed)?|confrontations?|skirmishes) between {_CROWD_NOUNS}(?: [\w'’-]+){{0,3}}? "
                              rf"and {_FORCES}\b|\b(?:clash(?:es|ed)?|confrontations?|skirmishes) between {_FORCES} and "
                              rf"{_CROWD_NOUNS}\b", re.I)
_CROWDS_OF_TWO_SIDES = re.compile(rf"\b(?:violence|clash(?:es|ed)?|fighting|fights?|confrontations?) between {_CROWD_NOUNS} "
                                  r"(?:from|of) (?:two|rival|neighbou?ring) (?:communities|neighbou?rhoods|villages|quarters|"
                                  r"ethnic groups)\b", re.I)


# "building set on fire; stones thrown at police": a crowd against the state's forces, whoever is named
_FORCE_WORDS = r"(?:police|gendarm\w*|security forces|soldiers|troops)\b"
# "three police officers were injured when petrol bombs ... were thrown at them"
_FORCES_HURT = re.compile(r"\b(?:police(?:m[ae]n)?|(?:police )?officers|gendarmes|soldiers|troops)\b (?:[\w-]+ ){0,2}?(?:were|was) "
                          r"(?:\w+ )?(?:injured|wounded|hurt|attacked)\b", re.I)
_STONES_AT_FORCES = re.compile(r"\b(?:stones?|rocks?|bricks?|petrol bombs?|molotov cocktails?)\b[^.;]{0,20}?\b(?:thrown|hurled|"
                               r"pelted)\b[^.;]{0,10}?\bat (?:the )?" + _FORCE_WORDS + "|"
                               # "a crowd ... threw stones at a police station", "pelted the police with stones"
                               r"\b(?:threw|throwing|hurled|hurling)\s+(?:stones|rocks|bricks|petrol bombs|molotov cocktails)"
                               r"\s+at\s+(?:a |the )?" + _FORCE_WORDS + r"|\b(?:pelted|pelting|stoned|stoning)\s+(?:a |the )?" + _FORCE_WORDS,
                               re.I)


# People seized and then killed: ACLED codes the killing
_TAKEN_AND_KILLED = re.compile(r"\b(?:rounded up|seized|abducted|kidnapped|took away|dragged out|dragged)(?: [\w'’-]+){0,4}? "
                               r"and (?:then |later )?(?:shot|shot dead|killed|executed|murdered|beheaded|slaughtered|"
                               r"hacked to death|slit the throats of)\b", re.I)


ARMED_BLOCK = re.compile(r"\b(?:armed men|gunmen|militants|insurgents|bandits|attackers|assailants|terrorists|rebels|"
                          r"fighters|kidnappers)\b[^.;]{0,30}?\b(?:blocked|blocking|set up (?:a |an )?(?:fake |illegal )?"
                          r"(?:checkpoint|roadblock))", re.I)


_WITHDREW_ONLY = re.compile(r"\b(?:after|when|as|once)\b[^.;]{0,60}?\b(?:withdr(?:ew|awn|awal)|pulled out|retreated|left)\b",
                            re.I)
_PEACEABLY = re.compile(r"\b(?:peacefully|handed (?:it |them )?over|no clashes|without incident)\b", re.I)
_UNOPPOSED = re.compile(r"\b(?:unopposed|without (?:a )?(?:fight|fighting|resistance|a shot being fired)|no (?:resistance|"
                        r"fighting|clashes) (?:was|were) (?:reported|encountered)|(?:had )?(?:vacated|abandoned|deserted)\b)",
                        re.I)


def classify(first: Counter[str], rest: Counter[str], text: str,
             protest_context: bool = False) -> tuple[str, float]:
    """(sub_event_type, confidence) for an incident whose opening sentence has cues `first`."""
    label = label_prefix(text)
    if label:
        return label, 0.9
    allc = first + rest

    def has(*names: str, where: Counter[str] = allc) -> bool:
        return any(where.get(n) for n in names)

    seized = has("disrupted", "arrest", where=first) and not has("kill", "injure", where=first)
    if (has("suicide", where=first) and not seized) or (has("suicide") and has("ied", "kill", where=first)
                                                        and not has("disrupted", "arrest", where=first)):
        # A suicide vest seized in a raid, told after the arrest, is no suicide bombing.
        return "Suicide bomb", 0.85
    if has("chemical"):
        return "Chemical weapon", 0.8
    # "abducted an official ..., who said the group was demanding the release of its members": the captors' demand.
    captors_demand = has("abduct", where=first) and _named_first(text, "abduct", "protest") and all(
        m.group(0).lower().startswith("demand") for m in CUES["protest"].finditer(text))
    # "arrested nine activists, among them a teacher who had filmed the protest": the protest, told in a relative
    # clause after the arrests, is why they were taken, not the event
    protest_behind = has("arrest", where=first) and _named_first(text, "arrest", "protest") \
        and _PROTEST_BEHIND.search(text) is not None
    # "armed men blocked the N-25 highway near Kalat overnight and shot dead passengers": a roadblock of gunmen is
    # their attack's setting, no protest
    armed_block = has("protest", where=first) and ARMED_BLOCK.search(text) is not None
    if has("protest", where=first) and not captors_demand and not protest_behind and not armed_block and (
            not has("clash", "air", "shelling", where=first) or _protest_leads(text)):
        if has("riot_act", "riot_word", where=first):
            return "Violent demonstration", 0.75  # violent protesters riot, even when police then kill some
        # ("demanding compensation for the dead": the dead the protest is about, not killed at it)
        demand = _DEMAND_TAIL.search(text)
        killed_here = has("kill", where=rest) or has("kill", where=first) and not (
            demand and not CUES["kill"].search(text, 0, demand.start()))
        if killed_here and (has("intervention") or _STATE_KILLED.search(text)):
            # ("Police shot dead a young protester in Kribi": the state's force, lethal)
            return "Excessive force against protesters", 0.6
        if has("riot_act", "riot_word"):
            return "Violent demonstration", 0.75
        if has("intervention"):
            return "Protest with intervention", 0.75
        return "Peaceful protest", 0.85
    if has("intervention", where=first) and _DISPERSED.search(text) and not has(
            "kill", "clash", "strong_clash", "air", "shelling", "ied", "grenade", "abduct", where=first):
        # "Police fired tear gas to disperse young people who had been blocking ...": a crowd dispersed gathered
        return ("Violent demonstration", 0.6) if has("riot_act", "riot_word", where=first) else (
            "Protest with intervention", 0.65)
    # (protest_context last among the cheap tests: the reader works it out on first use, a whole-article search)
    if has("intervention", where=first) and protest_context and _FIRED_AT_CROWD.search(text) and not has(
            "clash", "strong_clash", "air", "shelling", "ied", "grenade", "abduct", where=first):
        # "Police in Kribi fired live rounds at the crowd; one young man is reported dead", in a story of protests
        if has("riot_act", "riot_word", where=first):
            return "Violent demonstration", 0.6
        return ("Excessive force against protesters", 0.6) if has("kill", where=first) else (
            "Protest with intervention", 0.6)
    armed = has("firearm", where=first) and _armed_named(text)
    if has("riot_act", where=first) and has("beating", where=first) and not has(
            "unarmed_group", "protest", "riot_word", "intervention", "loot") and not _CROWD_DID.search(text) \
            and not _BY_A_CROWD.search(text) and _BY_A_GANG.search(text):
        # "a TV crew was attacked outside the court by a group of about ten men, who smashed the camera and beat
        # the cameraman": a gang's assault on people, no crowd's riot (whatever protests the story also tells)
        return "Attack", 0.6
    riot_act = has("riot_act", where=first) and (not armed or bool(_RIOT_ACT_BUT_STORMING.search(text))) and not (
        _ARMED_STORMED.search(text) and not CUES["riot_act"].search(_ARMED_STORMED.sub(" ", text)))
    # "a crowd beat to death a man accused of being an informer for the kidnappers": kidnappers named, no one taken
    # ("beat two men they accused of trying to kidnap a girl": what the victims were accused of, no one taken)
    taken = has("abduct", where=first) and CUES["abduct"].search(
        _ACCUSED_OF_DOING.sub(" ", _AGENT_NOUNS.sub(" ", text))) is not None
    # "kidnappers stormed farms and marched away five farmers": storming to take people is an abduction
    riot_act = riot_act and not taken
    if has("riot_word", where=first) or (riot_act and not has(
            "clash", "air", "shelling", "ied", "grenade", "loot", where=first)
            and not (has("arrest", where=first) and not _arrest_as_cause(text))) or (
            has("loot", "riot_act", where=first) and not has("air", "shelling", "ied", "grenade", where=first)
            and _CROWD_DID.search(text)) or (
            has("riot_act", where=first) and has("intervention", where=first) and not has("air", "shelling", "ied",
                                                                                           where=first)):
        if not has("protest", where=first) and not _CROWD_WORDS.search(text) and _PROPERTY_BURNT.search(text) \
                and not has("kill", "injure", where=first) and not _STONES_AT_FORCES.search(text):
            # "suspected enforcers of the sit-at-home order set three commercial buses ablaze": no crowd, no one hurt,
            # property destroyed by a group (ACLED's looting/property destruction), whatever protests the story tells
            return "Looting/property destruction", 0.6
        if has("protest", where=first) or (has("protest") or protest_context) and not _CROWD_ON_PEOPLE.search(text) \
                and not _RIVALS.search(text) or _AGAINST_THE_STATE.search(text) and not _CROWD_ON_PEOPLE.search(text) \
                and not _RIVALS.search(text) or has("armed_victim", where=first) and not has("civ_victim", where=first) \
                and _FORCES_HURT.search(text) and not _RIVALS.search(text):
            # (rioters whose victims are the police: "three officers were injured when petrol bombs were thrown at
            # them during disorder")
            # ("set fire to two vehicles outside the prefecture and threw stones at the gendarmerie, accusing the
            # authorities of failing to protect farmers": a crowd against the state is a demonstration)
            # (supporters of rival candidates fighting each other are a mob, whatever rallies the story tells)
            return "Violent demonstration", 0.7
        # (a crowd that beats or burns people is a mob, whatever protests the story also tells)
        return "Mob violence", 0.7
    if _STONES_AT_FORCES.search(text) and not has("air", "shelling", "ied", "grenade", "strong_clash", where=first):
        return "Violent demonstration", 0.6  # "... set on fire; stones thrown at police": rioters, unnamed
    if has("security_measure", where=first):
        return "Change to group/activity", 0.6
    if _BY_A_CROWD.search(text) and not has("air", "shelling", "ied", "grenade", "sexual", "abduct", where=first):
        # "Two female soldiers were attacked by a crowd": whoever the victims, a crowd's violence
        return ("Violent demonstration", 0.6) if has("protest", where=first) else ("Mob violence", 0.6)
    # "... beat to death a young man, before police could intervene": the police came after, armed no one
    unarmed_only = has("unarmed_group", where=first) and not armed and not _GROUP_HIT.search(text) and not (
        has("clash", where=first) and _IDENTITY_SIDES.search(text))
    if unarmed_only and (has("beating", where=first) or re.search(r"\b(?:clash(?:ed|es)?|fought|brawl\w*)\b",
                                                                 text, re.I)) and not taken and not has(
            "air", "shelling", "ied", "grenade", "sexual", where=first) and not (
            has("arrest", where=first) and not _ARRESTED_AFTER.search(text)):
        return "Mob violence", 0.6
    if has("arrest", where=first) and _CROWD_DETAINED.search(text) and not has(
            "air", "shelling", "ied", "grenade", "clash", where=first):
        return "Mob violence", 0.6  # "residents of the village detained two men they accused of theft": mob justice
    if taken and _CROWD_DETAINED.search(text) and has("beating", "riot_act", "kill", where=first) and not has(
            "air", "shelling", "ied", "grenade", where=first):
        return "Mob violence", 0.6  # "a crowd seized a young man they accused of scouting for a gang, beat him"
    if has("regain", where=first) and _UNOPPOSED.search(text) and not has("clash", "kill", "shelling", "air"):
        # ACLED: territory taken without armed interaction is a non-violent transfer ("moved back into Ceel Baraf,
        # which AS fighters had vacated the previous night. No resistance was reported.")
        return "Non-violent transfer of territory", 0.6
    if has("regain", where=first):
        return "Government regains territory", 0.7
    if has("overtake", where=first):
        # ("fighters overran its police station": taken by force, whatever toll the sentence gives)
        if has("clash", "kill", "shelling", "air") or re.search(r"\b(?:siege|besieg\w+|offensive|assault|overr?an|overrun|"
                                                               r"stormed)\b", text, re.I):
            return "Non-state actor overtakes territory", 0.65
        if _WITHDREW_ONLY.search(text) and not _UNOPPOSED.search(text) and not _WITHOUT_FIGHT.search(text) \
                and not _PEACEABLY.search(text):
            # "took control of Tabonkort after the local self-defence group withdrew": an armed group's takeover of
            # a place its enemy left, not a handover (said so: "without a fight", "unopposed")
            return "Non-state actor overtakes territory", 0.6
        return "Non-violent transfer of territory", 0.6  # ACLED: no fighting reported, no armed takeover
    if has("air", where=first) and not (has("clash", "strong_clash", "fire_at_armed", where=first)
                                         and _SUPPORTING.search(text)):
        if has("shelling", where=first) and not has("strong_clash", where=first) and _named_first(text, "shelling", "air"):
            # ACLED codes the primary means when both are named: "artillery and drones hit the city" is shelling.
            return "Shelling/artillery/missile attack", 0.75
        return "Air/drone strike", 0.8
    # ("engaged the bandits near Dansadau, recovering three AK-47 rifles": what the fight left behind)
    if has("disrupted", where=first) and not has("kill", "injure", "strong_clash", where=first):
        if has("arrest", where=first) and _named_first(text, "arrest", "disrupted"):
            return "Arrests", 0.7  # "arrested four suspects and recovered explosives": the arrests are the event
        return "Disrupted weapons use", 0.75  # weapons seized, a device defused: not their use
    if has("ied_device", where=first) and has("disrupted", where=rest) and not has("kill", "injure", where=first):
        return "Disrupted weapons use", 0.7  # "a suspected IED planted along the road. It was safely defused."
    if has("arrest", where=first) and has("clash", where=first) and not has(
            "strong_clash", "kill", "injure", "fire_at_armed", "armed_victim", where=first) \
            and not _arrest_as_cause(text):
        # "raided a hideout and arrested four suspects": a raid without a fight (not "Fighting broke out ...,
        # after the brigade detained a driver": the detention is why they fought)
        return "Arrests", 0.7
    if has("grenade", where=first) and (_GUNS_AND_GRENADES.search(text) or _GUNS_AND_RPGS.search(text)):
        return "Armed clash", 0.7
    if has("grenade", where=first) and not has("strong_clash", where=first) and not (
            has("arrest", where=first) and _named_first(text, "arrest", "grenade") and not has("kill", "injure", where=first)):
        return "Grenade", 0.8  # a grenade found on those arrested is no grenade attack: the arrests are the event
    if has("shelling", where=first) and _ROCKETS_AND_GUNS.search(text) and not has("air", where=first):
        # "Militants attacked the Matta police station with rockets and automatic weapons": a ground assault on an
        # armed post, fought with both (ACLED's armed clash)
        return "Armed clash", 0.7
    if has("shelling", where=first) and (not has("strong_clash", where=first) or _fighting_as_setting(text)) and not (
            has("clash", where=first) and _only_direct_fire(text)):
        return "Shelling/artillery/missile attack", 0.8
    if has("ied_device", "ied", where=first) and _BLAST_THEN_FIRE.search(text):
        # "detonated a mine and opened fire on a convoy of 12 military trucks": an ambush that a blast opened, a
        # fight (ACLED codes explosives used within a clash as the clash)
        return "Armed clash", 0.7
    if has("ied_device", where=first) and not has("strong_clash", where=first):
        return "Remote explosive/landmine/IED", 0.75
    if has("ied", where=first) and not has("clash", where=first):
        return "Remote explosive/landmine/IED", 0.75
    # The victims named first say whom the violence was aimed at: "two farmers and a policeman were killed"
    civilians_hit = has("civ_victim", where=first) and not (
        has("armed_victim", where=first) and not _named_first(text, "civ_victim", "armed_victim")) and not (
        _ASSAULT_ON_POST.search(text) and _only_people_hit(text))
    if has("clash", "strong_clash", where=first) and _CROWD_VS_FORCES.search(text) \
            and not has("air", "shelling", "ied", where=first):
        # "killed by a bullet during clashes between young people and the security forces": a crowd against the
        # state's forces, rioting (ACLED codes rioters, not an armed side, whatever the forces fired)
        return "Violent demonstration", 0.6
    if has("clash", "strong_clash", "kill", where=first) and (
            _CROWDS_OF_TWO_SIDES.search(text) or _PARTY_RIVALS.search(text) and not _GUNFIRE.search(text)) \
            and not has("air", "shelling", "ied", "grenade", where=first):
        # ("a clash between supporters of the Trinamool Congress and the BJP", no gun named: rioters on both sides)
        # "violence between young people of two communities at the large market": two crowds, a mob's violence
        return "Mob violence", 0.6
    if has("clash", where=first) and protest_context and not has("fire_at_armed", where=first) \
            and not (has("armed_victim", where=first) and _UNDER_FIRE.search(text)) \
            and _only_police_armed(text) and not _PARTY_RIVALS.search(text) and "ambush" not in text.lower():
        # (not "two agents ... were killed in an ambush on federal highway 49": an ambush is laid by armed men)
        # "Overnight clashes at the entrance to Jerusalem left three police officers injured", in a story about
        # protests: the police against the crowd, not two armed sides
        return "Violent demonstration", 0.6
    if has("clash", where=first) and _CRUDE_FIGHT.search(text) and not _GUNFIRE.search(text) \
            and not _IDENTITY_SIDES.search(text):
        # (not "members of two clans fought with machetes, bows and arrows": ACLED's communal militias clash)
        # "Supporters of the BNP and Jamaat fought with sticks, machetes and brickbats": crowds without guns fight
        # as a mob, not as armed groups (ACLED: violence by unorganised groups is a riot)
        return "Mob violence", 0.6
    if has("clash", where=first) and not has("strong_clash", "fire_at_armed", where=first) \
            and _CIVILIANS_AMBUSHED.search(text) and not _FORCES_NAMED.search(text):
        # "a convoy of three trucks contracted by WFP was ambushed by armed men", "gunmen ambushed a bus": an ambush
        # of unarmed people is an attack on them (ACLED's Attack), not a fight
        return "Attack", 0.65
    # ("security forces engaged a group of khwarij, and three khwarij were sent to hell": an engagement is a fight)
    if has("clash", "strong_clash", "fire_at_armed", where=first) and not (
            civilians_hit and not has("strong_clash", where=first)):
        return "Armed clash", 0.75
    if has("arrest", "abduct", where=first) and _TAKEN_AND_KILLED.search(text):
        return "Attack", 0.7  # "armed men rounded up and shot villagers": taken to be killed
    if has("sexual"):
        return "Sexual violence", 0.8
    if has("abduct", where=first) and _RESCUED_WHO_WERE_TAKEN.search(text) and has("arrest") \
            and not has("kill", "clash", "strong_clash", "fire_at_armed", where=first):
        # "the Anti-Kidnapping Unit stormed a hideout ... and rescued four victims who were abducted on 1/11/2026.
        # Three suspects were arrested at the scene": the operation's arrests, the abduction only recalled
        return "Arrests", 0.6
    if has("abduct", where=first) and not (has("kill", "injure", where=first) and has("civ_victim", where=first)):
        return "Abduction/forced disappearance", 0.8
    if has("arrest", where=first) and not has("kill", "injure", where=first):
        return "Arrests", 0.75
    if has("kill", "violence_verb", where=first):
        if _GANG_VICTIM.search(text) and not _OFF_DUTY.search(text):
            # "a member of a drug trafficking group was killed in a drive-by shooting by members of a rival group":
            # ACLED codes violence between members of armed groups, gangs included, as a clash
            return "Armed clash", 0.6
        if (has("armed_victim", where=first) and (not has("civ_victim", where=first) or
                                                  _named_first(text, "armed_victim", "civ_victim")) or
                _ASSAULT_ON_POST.search(text) and (_only_people_hit(text) or not has("civ_victim", where=first))) \
                and not _OFF_DUTY.search(text):
            # (an assault on a post that names no civilian victim is on the armed men holding it: "a gang attack
            # overnight on the police station in Cerca-la-Source")
            # ("an off-duty police officer was shot dead by two armed men": ACLED counts security personnel off duty,
            # or no longer serving, as civilians)
            return "Armed clash", 0.6  # "three soldiers and one civilian were killed when armed youth resisted"
        return "Attack", 0.7
    if has("disrupted", where=first):
        return "Disrupted weapons use", 0.75
    if has("arrest", where=first):
        return "Arrests", 0.75
    if has("loot", where=first):
        return "Looting/property destruction", 0.7
    if has("agreement", where=first):
        return "Agreement", 0.6
    if has("base", where=first):
        return "Headquarters or base established", 0.6
    if has("deploy", where=first):
        return "Change to group/activity", 0.5
    if has("injure", where=first):
        return "Attack", 0.5
    stormed = has("riot_act", where=first) and _ARMED_STORMED.search(text) is not None
    if has("other", where=first) and not stormed:
        return "Other", 0.4
    # Fall back to cues in later sentences (the opening sentence only set the scene: "the bandits stormed Tambuwal
    # ... || He said 23 people ... were taken away").
    if rest:
        found = classify(rest, Counter(), "", protest_context)
        if found[0] != "Other" or not stormed:
            return found
    if stormed:
        return "Attack", 0.5   # "the bandits stormed Tambuwal, going from house to house"
    return "Other", 0.3


# Compiled patterns above answer through their faster twins, with the same results (fastregex.FastPattern).
speed_up(globals())
# What sentence_cues needs of each cue, in CUES order, looked up once: (name, pattern, anchor, lower-case twin,
# whether it triggers, None or its part numbers and each part's (exact lower-case twin or None, pattern)).
_CUE_TABLE = tuple((name, pat, _ANCHORS.get(name), _TWINS[name], name in TRIGGERS,
                    (frozenset(_PARTS[name]), {k: (lowercase_twin(part), fast(part)) for k, part in _PARTS[name].items()})
                    if name in _PARTS else None)
                   for name, pat in CUES.items())
# Asked of every sentence, several times; most name none of its event words, and it has no twin.
ANAPHORIC_EVENT = filtered(ANAPHORIC_EVENT)
# Without a twin (case-sensitive parts), and most texts they meet lack their literals: filtered first (same results).
_POLICE_STATION = filtered(_POLICE_STATION)

"""Sentences that mention violence without reporting a new incident: history, trends, analysis, intent."""
from __future__ import annotations

import datetime as dt
import functools
import itertools
import re

from .dates import has_explicit_date, resolve_date
from .fastregex import count_matches, filtered, lowercase_twin, speed_up
from .fastregex import lowered as lower_exact
from .taxonomy import SOURCE_SAID

_YEAR = re.compile(r"\b(?:(?:in|since|during|back in|by|until|of|from|the|between|around|christmas|easter|ramadan)\s+|(?:january|february|march|april|may|june|"
                   r"july|august|september|october|november|december)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?=(?:19|20)\d\d))(?:(?:early|late|mid-?|the summer of|"
                   r"the spring of|the autumn of|the winter of|january|february|march|april|may|june|july|"
                   r"august|september|october|november|december)\s+)?((?:19|20)\d\d)\b", re.I)
_HISTORY = re.compile(r"\b(?:years? ago|decades? ago|(?:a|one|two|three|four|five|several|\d+) years? later|in the past"
                      # (not "in the past hour": a live blog's news)
                      r"(?! (?:hour|few hours|half[- ]hour|two hours|three hours|few minutes|\d+ minutes)\b)|at the height of|once (?:controlled|held)|"
                      # (not a thing's purpose: "the road used to transport copper concentrate")
                      r"(?<!road )(?<!roads )(?<!route )(?<!routes )(?<!truck )(?<!trucks )(?<!vehicle )(?<!vehicles )"
                      r"(?<!weapons )(?<!money )(?<!funds )(?<!boats )(?<!drones )(?<!land )used to|has long|have long|historically|previously (?:controlled|held)|"
                      r"the (?:last|previous) time|last year|last (?:fall|autumn|spring|summer|winter)|a year ago|earlier this year|previous (?:rounds?|"
                      r"attacks?|clashes|talks)|over the (?:past|last) (?:\w+ )?(?:decades?|years?|months|weeks)|"
                      r"for (?:several|many|two|three|four|five|decades|years)(?: \w+)? years|regularly|"
                      r"routinely|frequently|repeatedly|so often|many times over|time and again|again and again|since (?:the )?(?:start|beginning) of|anniversary of "
                      r"(?:the )?(?:massacre|attack|bombing|killing))\b"
                      # An era named by the event that opened it: "the post-9/11 anthrax attack", "pre-war".
                      r"|\b(?:post|pre)[- ]?(?:9/11|war|independence|colonial|soviet|revolution(?:ary)?)\b|"
                      r"\b(?:since|after|before) (?:the )?9/11\b|\b(?:world war (?:i|ii|one|two)|the cold war|"
                      r"the holocaust)\b"
                      # "It comes a week after 44 people were killed in ...": an earlier event cited as context.
                      r"|\b(?:comes?|came|coming) (?:(?:just|only|barely|nearly|almost|more than|less than|about|"
                      r"some) )?(?:a|an|one|two|three|four|five|six|several|few|\d+) (?:\w+ )?(?:weeks?|months?|years?) "
                      r"(?:after|since)\b|\b(?:comes?|came|coming) (?:\w+ )?after (?:days|weeks|months|years) of\b", re.I)
_TREND = re.compile(r"\b(?:(?:increase|rise|surge|spike|upsurge|escalation|uptick|decline|decrease|drop|wave|"
                    r"spate|series|string|(?<!\ba )number|resurgence) (?:\w+ ){0,2}(?:in|of) (?:\w+ ){0,2}(?:attacks|"
                    r"violence|killings|kidnappings|abductions|clashes|incidents|strikes|protests|explosions|"
                    r"arrests)|(?:attacks|violence|killings|kidnappings|clashes|incidents|protests) (?:have|has) "
                    r"(?:\w+ )?(?:increased|risen|surged|grown|declined|decreased|intensified|continued)|"
                    r"in recent (?:days|weeks|months|years)|this year|has (?:\w+ )?been (?:the|one of)|"
                    # "the Nikopol district came under fire more than 20 times yesterday": a day's tally of strikes
                    r"\b(?:came|comes|come|coming) under (?:\w+ )?(?:fire|attack|shelling|bombardment) (?:more than |over |"
                    r"about |some |nearly |at least )?(?:\d+|a dozen|dozens of|several|two|three|four|five|six|seven|eight|"
                    r"nine|ten|\w+teen|twenty|thirty|forty|fifty) times\b|"
                    # "At least nine members of the security forces were killed in two attacks in the Est region": a
                    # sum over events told one by one elsewhere
                    r"\bkilled in (?:two|three|four|five|six|several|\d+) (?:separate )?(?:attacks|incidents|ambushes|"
                    r"raids|clashes|strikes|explosions)\b|"
                    # a brief's weekly count: "Attacks on VDP positions: five this week, up from three the previous
                    # week", "Four attacks on FAMa this week, against two the previous week"
                    r"\bthis week,? (?:up|down) from\b|\bthis week,? (?:against|compared (?:with|to)|versus|vs\.?) (?:\w+ )"
                    r"(?:the |in the )?(?:previous|preceding|last|prior) week\b|"
                    # "more than 120 militants have been killed in the region this month alone": a month's sum
                    r"(?:have|has) been (?:killed|abducted|kidnapped|arrested|detained|wounded|injured) (?:[\w-]+ ){0,6}?"
                    r"(?:this|last|the past) (?:month|week)\b|(?:this|that) (?:month|week) alone|"
                    # "During special drives this week, 312 persons were arrested on warrants across the range"
                    r"(?:during|in) (?:special |the )?(?:drives?|operations?|raids?|crackdowns?|sweeps?) (?:this|last|over the past) "
                    r"(?:week|month|fortnight)|across the (?:range|division|district|province|region|country)\b|"
                    # "14 people were arrested across Kisumu County today": a region's tally of the day's events
                    r"across (?:[\w'’-]+ ){1,2}(?:count(?:y|ies)|provinces?|states?|regions?|districts?|governorates?|"
                    r"divisions?|oblasts?)\b|"
                    r"according to (?:\w+ ){0,3}(?:data|figures|statistics|tall(?:y|ies)|estimates|monitors)|"
                    r"(?:has|have) (?:\w+ )?(?:intensified|stepped up|escalated|spread|expanded|continued|"
                    r"killed (?:thousands|hundreds|more than|tens)|displaced (?:thousands|hundreds|more than|millions)|"
                    r"carried out (?:dozens|hundreds|scores|numerous|several|many))|"
                    r"so far this year|so far in (?:(?:19|20)\d\d|the year)|since (?:the )?(?:start|beginning) of (?:the|this) year|"
                    r"on average|for decades|"
                    r"in the first (?:\w+ ){0,2}(?:months?|weeks|half|quarter) of|"
                    # a report's period: "(19-21 September 2025)"
                    r"(?<=\()\d{1,2}\s*[-–]\s*\d{1,2} (?:January|February|March|April|May|June|July|August|September|"
                    r"October|November|December) \d{4}(?=\))|"
                    r"\bcontinues? to (?:face|suffer|see|witness|experience|endure|drive|cause|force|fuel)\b|"

                    # "more than 6,500 people have been killed in the Anglophone conflict"
                    r"\b(?:have|has) been (?:killed|displaced|abducted|kidnapped) (?:\w+ ){0,3}in the (?:[\w-]+ ){0,3}"
                    r"(?:conflict|war|insurgency|crisis|violence|fighting)\b|"
                    # "In a report covering January to September": a period's totals
                    r"(?:covering|between|from) (?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|"
                    r"October|November|December) (?:\d{1,2},? )?(?:\d{4} )?(?:to|and|through|until) (?:\d{1,2} )?(?:January|"
                    r"February|March|April|May|June|July|August|September|October|November|December)\b|\bcumulatively\b|"
                    # "Nigeria is grappling with multiple security crises": a country's condition, no event
                    r"\b(?:is|are|remains?) (?:\w+ )?(?:grappling|struggling|contending) with|"
                    r"\b(?:is|are|has been|have been) (?:\w+ )?(?:plagued|wracked|racked|beset|gripped) by|"
                    # "Kidnapping for ransom remains the main threat to rural communities": a standing condition
                    r"\b(?:remains?|is|are|has become|have become) (?:the|a|one of the) (?:main|biggest|greatest|major|"
                    r"principal|primary|chief|key|leading|most serious|gravest) (?:\w+ )?(?:threats?|risks?|concerns?|"
                    r"challenges?|dangers?|problems?)\b|"
                    # A trend or a risk assessment in the present: "reliance on drone strikes is growing", "road
                    # movement remains high risk owing to kidnappings".
                    r"(?:is|are) (?:\w+ )?(?:growing|increasing|rising|declining|decreasing|spreading|escalating|"
                    r"intensifying|mounting)|(?:remains?|is|are) (?:\w+ ){0,2}(?:high|elevated|severe|extreme|"
                    r"moderate|low)(?: |-)risk|(?:threat|risk)s? (?:is |are |remains? )?(?:persists?|persisting|rising|"
                    r"grow(?:s|ing)|increas\w+|high|elevated)|"
                    # A tally of interceptions ("shot down 31 of the 42 drones"), territory told only vaguely
                    # ("regained control of many areas"): a summary, not an event at a place.
                    r"(?:shot down|intercepted|destroyed|downed|neutrali[sz]ed) (?:\w+ ){0,2}?\d+ (?:of|out of) "
                    r"(?:the )?\d+|(?:regained|retaken|recaptured|liberated|seized|captured|taken) (?:control of )?"
                    r"(?:many|several|numerous|various|vast|large|most) (?:\w+ )?(?:areas|localities|villages|towns|"
                    r"parts|territor\w+)|"
                    # A count spread over a country is a total, not an event at one place.
                    r"(?:across|throughout) the (?:whole |entire )?country|(?:across|over) (?:several|many|"
                    r"multiple|various|\d+|[a-z]+ (?:different )?)(?:regions|provinces|states|districts|oblasts)|"
                    r"on (?:several|multiple|many|various|all) fronts|accounts? for (?:\w+ ){0,3}(?:half|a third|a quarter|"
                    r"most|the majority|\d+ ?%|\d+ per ?cent) of|(?:during|in|over|of) the (?:reporting |review )?period|"
                    r"(?:fighting|clashes|violence|hostilities) (?:continues|persists) in (?:several|many|some|various)|(?:second|third|fourth|fifth) "
                    r"consecutive (?:quarter|month|year)|"
                    # A tally of incidents: "We recorded five incidents, in which six people were killed".
                    r"(?:recorded|documented|registered|counted|logged|verified|tallied) (?:\w+ ){0,2}?(?:\d+|two|three|four|"
                    r"five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|hundreds of) (?:[\w-]+ ){0,2}?"
                    r"(?:incidents|attacks|events|cases|killings|abductions|kidnappings|violations|clashes|strikes)|"
                    # (in the passive: "Five incidents were recorded this week, four in Cameroon and one in Chad")
                    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of) (?:[\w-]+ ){0,2}?"
                    r"(?:incidents|attacks|events|security incidents) (?:were|have been|had been) (?:recorded|documented|"
                    r"registered|logged|reported|verified)|"
                    # (a brief's "Five incidents logged; 14 fatalities.")
                    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:security )?(?:incidents|events) "
                    r"(?:recorded|documented|registered|logged|reported|verified)(?=(?: this week| this month| in \w+)?[;:,])|"
                    r"^(?:dozens|hundreds|thousands|scores|many|several)(?: of \w+)? (?:have|had) (?:\w+ )?been|"
                    r"according to (?:data|figures|statistics|a report|the report|a tally)|per cent|percent|"
                    r"(?:more|fewer) than (?:\w+ ){0,2}(?:attacks|incidents|people) (?:have|had) been|"
                    r"(?:more than|over|nearly|almost|some|about|around|up to) [\d,]+ (?:\w+ ){0,2}(?:are|were|is|was) "
                    r"(?:believed|thought|estimated) to have (?:been|died))\b", re.I)
_INTENT = re.compile(r"\b(?:will|would|could|might|may|should|shall|plans? to|planning to|planned to|plott(?:ed|ing) to|"
                     # "Togo's opposition plans a march in Lomé": a march yet to come
                     # 'Transport unions have called a "ville morte" and marches today': a call, not yet a march
                     r"(?:have|has|had) called (?:a|an|fresh|new|more)\b|"
                     # "Egyptian authorities have given the green light for rallies after Friday prayers today": leave to
                     # march, not yet a march
                     r"(?:given|gave|give|giving) (?:the )?(?:green light|go-ahead|permission|approval) (?:for|to)\b|"
                     # "Youths from Charanchi have announced a peaceful march to Government House on Saturday"
                     r"announc(?:ed|es|ing) (?:a|an|plans for a|plans to hold a) (?:[\w-]+ ){0,2}(?:march|marches|protests?|"
                     r"rall(?:y|ies)|strikes?|demonstrations?|sit-ins?|boycotts?|vigils?|shutdown|lockdown)\b"
                     # (not "announced a strike and protested in Cologne": the protest held)
                     r"(?=\s+(?:to|for|on|next|from|this|at|in|across|until|against)\b)|"
                     r"(?:plans?|planning) (?:a|an|another|fresh|new|more) (?:\w+ )?(?:march|marches|protests?|rall(?:y|ies)|"
                     r"strikes?|demonstrations?|sit-ins?|boycotts?|vigils?)\b|"
                     r"plots? to|conspir(?:ed|ing|acy) to|refrain\w* from|(?:the )?(?:ability|capacity|capability) to|(?:designed|meant|intended) to|threaten(?:s|ed)? to|"
                     r"vow(?:s|ed)? to|warn(?:s|ed)? (?:that|of)|is trying to|are trying to|tries to|try to|"
                     r"seeks? to|aims? to|aimed at|intends? to|expected to|likely to|is set to|are set to|pledged to|"
                     # "residents said they expected more airstrikes": what is feared to come
                     r"(?:expect(?:s|ed|ing)?|fear(?:s|ed|ing)?|brac(?:e|es|ed|ing) for) (?:more|further|new|fresh|renewed|"
                     r"another|an?) |"
                     r"promised to|fears? (?:of|that)|risk of|in order to|capable of|ready to|called for|in the event (?:that|of)|"
                     r"in case of|potential (?:for|to)|calls? for|calling for|set to take place|contemplat\w*|considering|preparing to|"
                     # "The municipal council calls on both sides to stop fighting immediately": an appeal
                     r"(?:calls?|called|calling) on (?:[\w-]+ ){1,4}?to|"
                     r"urged|if|unless|whether|prospects? (?:of|for)|"
                     # Wishes and demands: "wanted the release of fighters taken hostage", "demanded the return
                     # of the remains of those killed": the event is their object, not their report.
                     r"(?:[Ww]ant(?:s|ed)?|[Dd]emand(?:s|ed|ing)?|[Aa]sk(?:s|ed|ing)? for) (?:the|that)\b|"
                     r"(?:is|are|remains?|seems?) (?:\w+ )?(?:likely|unlikely|possible|"
                     r"probable))\b")  # case-sensitive: "May" is a month
_MODAL_AFTER = re.compile(r"[\w-]+\s+(?:[\w-]+\s+)?(?:could|would|will|may|might|(?:are|is) (?:expected|set|likely) "
                          r"to)\b|[^.;]*\b(?:(?:is|are|remains?) (?:\w+ )?(?:likely|unlikely|possible|probable)|"
                          r"likely to continue)\b")
_DETERMINER = re.compile(r"^\W*(?:the|a|an|any)\s+$", re.I)
_HYPOTHETICAL = re.compile(r"[^.;,]{0,120}?\b(?:would|could|might) (?:be|mark|become|bring|mean|spell)\b")
# Tolls and campaigns summed over time ("have been killed since the coup", "has been fighting ... for 15
# years"): a present perfect running from a past point is a trend, not one event.
_SINCE = re.compile(r"\b(?:ha(?:ve|s|d) (?:\w+ ){0,2}(?:been|since)\b[^.;]{0,80}\bsince\b|"
                    # a bulletin's running tally: "Cumulative results in Napo since 1 January 2026: 38 people apprehended"
                    r"cumulative (?:results|figures|totals?|tally|toll)\b|"
                    r"since (?:the )?(?:coup|war|"
                    r"conflict|start|beginning|outbreak|escalation|offensive|takeover|invasion|uprising|insurgency|"
                    # (not what befell the event's people after it: "five have since been released", "has since died")
                    r"fall|then)|(?:has|have) since(?! (?:been )?(?:released|freed|returned|rescued|escaped|found|"
                    r"recovered|discharged|died|succumbed|fled|left|reopened|resumed))|for years|throughout (?:\d{4}|the (?:year|month|war|conflict))|"
                    r"continu(?:ed|es|e) to (?:kill|cause|claim|affect|displace|injure|hit|plague)|"
                    # ("a region long plagued by ..."; not "in an area near the border plagued by cattle rustlers": the
                    # place of the event told, described)
                    r"\b(?:long|been|is|are|was|were|remains?|remained|still) (?:\w+ )?plagued|"
                    r"in previous (?:years|months)|(?:has|have) led to|threaten\w* (?:further|more|new|fresh|renewed)|"
                    r"(?:remained|stayed) at (?:a )?(?:\w+ )?(?:level|intensity)|"
                    # "Fighting and air activity remained concentrated in the Wollega zones, where at least five people
                    # were killed during the week": where the violence lay over a period, summed
                    r"(?:remained|remains|stayed) (?:largely |mostly )?(?:concentrated|focused|centred|centered)|"
                    # "Police detained 113 persons for violation of various laws in different districts of the State"
                    r"\b\d+ (?:[\w-]+ ){0,2}?(?:persons|people|suspects|individuals|men)\b[^.;]{0,80}?\bin (?:different|"
                    r"various|several|many|all) (?:districts|parts|areas|places|locations|provinces|regions|states|"
                    r"counties)\b|"
                    r"for (?:more than |over |nearly |almost )?(?:\d+|two|three|four|"
                    r"five|six|ten|fifteen|twenty|several|many) (?:years|decades)|(?:has|have) been fighting|"
                    r"(?:is|are) among the (?:\w+ ){0,3}(?:worst|hardest|most)|(?:has|have) become|"
                    # "the 17th journalist to be killed this year" (not "on Tuesday the 17th attacked": a day)
                    r"(?<!day )(?<!day, )(?<!on )the \d+(?:st|nd|rd|th) (?:\w+ ){0,3}(?:to be )?"
                    r"(?:killed|attacked|abducted|murdered))\b", re.I)
# What killed is an illness, an accident or nature: a death, not political violence.
_NON_VIOLENT_CAUSE = re.compile(
    r"\b(?:(?:flu|booster|vaccine|vaccination) shots?|virus\w*|viral|flu|influenza|H\d+N\d+|ebola\w*|cholera|measles|malaria|dengue|covid\w*|coronavirus|"
    r"pandemic|epidemic|outbreaks?|infect\w*|diseases?|illness\w*|symptoms?|pneumonia|strain|pathogen\w*|"
    r"contaminat\w*|poison(?:ing|ed)|overdos\w*|fentanyl|opioids?|drugs? (?:deaths?|overdoses?)|cancer|"
    r"heart attack|natural causes|complications|malnutrition|starvation|heat ?wave|heatstroke|thirst|dehydration|"
    r"accident\w*|crash(?:ed|es|ing)?|collision|collided|derail\w*|capsiz\w*|drown\w*|flood\w*|landslides?|"
    # a vehicle that overturned, its driver who lost control: the road, not an attack
    r"overturn(?:ed|s|ing)|rolled over|veered off|lost control (?:of (?:the|his|her|their) (?:vehicle|car|bus|"
    r"minibus|truck|lorry|motorcycle|motorbike|boat)|on a (?:bend|curve))|"
    r"earthquakes?|storms?(?! ?water| drain)|cyclone|hurricane|lightning|avalanche|wildfires?|blaze|electrocut\w*|"
    r"stampede|collapse[sd]?|suicide(?! (?:bomb|attack|vest|car|blast|explosion|strike|squad|mission|operation))|birds|poultry|chickens|swans|ducks|animals|pets|dogs|cats|rats|rodents|insects|pests|mosquito(?:es)?|vermin|"
    r"tsunami|typhoon|volcan\w*|eruption|mudslides?|drought|famine)\b", re.I)
# Acts of violence, and the armed actors whose presence makes a death in the article likely violent.
_VIOLENT_ACT = re.compile(r"\b(?:shot|shoot\w*|grenades?|gun\w*|stabb\w*|attack\w*|bomb\w*|explosi\w*|snipers?|targeted|fired|"
                          r"fight\w*|air ?strikes?|airstrikes?|gunfire|crossfire|shells?|"
                          r"firing|ston(?:ed|ing)|rockets?|missiles?|artiller\w*|mortars?|munitions|ammunition|weapons|"
                          r"landmines?|mines|killers?|murder\w*|assassin\w*|abduct\w*|kidnap\w*|clash\w*|raid\w*|"
                          r"strikes?|shell\w*|massacre\w*|executed|beheaded|lynch\w*|beaten|hacked|torture\w*|riot\w*|"
                          r"protest\w*|mobs?|thr(?:ew|own|owing)|burn(?:ed|t|ing)|torch\w*|set fire|loot\w*|vandal\w*|"
                          r"martyr(?:ed|s)?)\b", re.I)
_ARMED_ACTOR = re.compile(r"\b(?:militants?|soldiers?|troops|forces|police(?:m[ae]n)?|air ?force|gunmen|rebels|insurgents|fighters|"
                          r"militia\w*|armed|bandits|dacoits|gangs?|jihadists|terrorists|separatists|paramilitar\w*|"
                          # "Ten killed as separatists storm Pakistan paramilitary camp": a storm of men, not weather
                          r"storm(?:s|ed)? (?:[\w-]+ ){0,3}?(?:camp|base|post|barracks|prison|jail|police station|village|"
                          r"town|checkpoint|outpost|compound|parliament|building|office|headquarters))\b", re.I)
# Courts, trials and charges: a case about an event, reported when the event is long past.
_COURT = re.compile(r"\b(?:(?:went|go|goes|stood|stand|stands) on trial|trial of|tribunal|jury|verdict|convict\w*|"
                    r"^the accused\b|face charges\b|"
                    r"acquit\w*|sentenc\w*|pleaded|prosecut(?:ed|ion|ing)|indict\w*|charged with|charges? (?:of|against|"
                    r"related)|testif\w*|testimony|exonerat\w*|lawsuit|defendant|counts? of|guilty|"
                    r"(?:homicide|murder|criminal|police) investigation(?! (?:and (?:\w+ )?)?(?i:department|division|group|"
                    r"service|bureau|directorate|unit|agency|command|office|cell|wing))|autopsy|coroner|inquest|public intoxication|"
                    r"drunk(?:en)? driving|traffic stop|pulled over|shoplifting|burglary|embezzlement|"
                    r"death (?:penalty|sentence|row)|(?:murder|assault|manslaughter|weapons?|drugs?|theft|"
                    r"robbery|firearms?) charges?|charged (?:with|over|in connection)|arrested on suspicion|remanded|"
                    r"on bail|detention (?:center|centre)|lodged in|accused of|found guilty|"
                    r"(?:told|before|during) (?:the|a|his|her|their) (?:trial|court|jury|hearing)|"
                    r"investigat(?:e|es|ing|ion into) (?:the |a |an |his |her |their )?(?:\w+(?:'s)? )?(?:death|killing|"
                    r"shooting|stabbing|incident|fire|blaze))\b", re.I)
# Ordinary crime: arrests for it, wherever named, are police work, not political violence.
_PETTY_CRIME = re.compile(r"\b(?:public intoxication|drunk(?:en)? driving|impaired driving|DUI|traffic (?:stop|violation)|"
                          r"pulled over|shoplifting|burglar(?:y|ies)|break(?:ing)? and enter(?:ing)?|theft charges?|"
                          r"drug (?:and \w+ )?charges?|stolen (?:property|goods|items|vehicles?|cars?)|search warrant|"
                          r"resisting arrest|outstanding warrants?|"
                          # raids on bootleggers: "43 people were arrested, 6,200 litres of country-made liquor were seized"
                          r"(?:illicit|illegal|spurious|country-made|bootleg|contraband) (?:liquor|alcohol|hooch)|"
                          r"bootleggers?|illegal distiller(?:y|ies)|"
                          # customs work: "seized 12,000 litres of smuggled fuel and arrested three people"
                          r"(?:smuggled|contraband|untaxed) (?:fuel|petrol|diesel|cigarettes|tobacco|goods|cattle|"
                          r"livestock|medicines|food(?:stuffs?)?|sugar|flour|rice))\b", re.I)


_MONTH_ONLY = re.compile(r"\b(?i:in|during|since|of|last) (?:early |late |mid-)?(January|February|March|April|May|June|July|"
                         r"August|September|October|November|December)(?:'s)?\b(?! \d)")
_HELD_SINCE = re.compile(r"\b(?:held|detained|missing|captive|kept|jailed|imprisoned|abducted|kidnapped) since $",
                         re.I)
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
# The end of a quotation begun in an earlier sentence: `until it got dark," he said`.
_QUOTE_END = re.compile(r"[\"”],? (?:\w+ ){0,4}(?:said|says|added|told|recalled|explained)\b")


def _older_month(text: str, published: dt.date) -> bool:
    """"In January, fighting ..." read in April: a month named alone, before the month of publication."""
    for m in _MONTH_ONLY.finditer(text):
        if _HELD_SINCE.search(text, max(0, m.start() - 30), m.start() + 6):
            continue  # "freeing two hostages held since March": how long the captives were held, no event then
        back = (published.month - 1 - _MONTHS.index(m.group(1).lower())) % 12
        if back >= 1:
            return True
    return False


def _inside_quotation(text: str) -> bool:
    m = _QUOTE_END.search(text)
    return bool(m) and not re.search(r"[\"“]", text[:m.start()])


# Said outright: whatever else the sentence names, this harm was no one's act.
_ACCIDENTAL = re.compile(r"\b(?:accidental(?:ly)?|by accident|(?:hit|struck|run over|knocked down) by (?:an? )?(?:car|truck|bus|"
                         r"train|vehicle|motorbike)|tree fell|hunting accident|stray animal|misfired|gas (?:explosions?|leaks?|cylinders?|"
                         # nature's blasts: "a meteor exploded in the sky over Dornogovi province"
                         r"blasts?)|(?:meteors?|meteorites?|fireballs?|bolides?|asteroids?|volcano(?:es)?) (?:\w+ ){0,2}?"
                         r"(?:explod\w*|explosions?|blasts?|erupt\w*|burst)|"
                         # an industrial vessel's failure: "an ammonia storage tank exploded at the chemical complex"
                         r"(?:storage|fuel|gas|oil|ammonia|chlorine|chemical|acid) (?:storage )?tanks? (?:\w+ ){0,2}?"
                         r"(?:explod\w*|burst|ruptured|blew up|caught fire)|boilers? (?:\w+ ){0,2}?(?:explod\w*|burst)|(?:fireworks?|firecrackers?) (?:\w+ ){0,2}?(?:explod\w*|went off|blew up)|"
                         r"(?:methane|firedamp|coal[- ]dust|boiler|dust|chemical[- ]plant|factory|industrial) "
                         r"(?:gas )?(?:explosions?|blasts?)|road toll|traffic (?:accident|collision|death)s?|"
                         # a fuel tanker that overturns and explodes (not "set five fuel tankers on fire": arson)
                         r"(?:(?:petrol|fuel|oil|gas|diesel|kerosene) )?tanker(?: truck| lorry)?s? (?:\w+ ){0,2}?(?:explod\w*|"
                         r"explosions?|blasts?|(?<!\bon )fires?|burst into flames|caught fire|overturn\w*)|"
                         # "a fire caused by a cooking stove destroyed 40 shelters": a household fire, no one set it
                         r"fires? (?:\w+ ){0,2}?(?:caused|started|sparked) by (?:an? |the )?(?:[\w-]+ )?(?:cooking|stoves?|"
                         r"candles?|short[- ]circuits?|electrical faults?|lightning|wildfires?|bush ?fires?))\b", re.I)
# A mine that miners work in is a workplace, not an explosive: "a methane blast caused the mine to collapse".
_MINING = re.compile(r"\b(?:miners?|mining|coal|colliery|collieries|mine shafts?|ore)\b", re.I)
_MINE = re.compile(r"\bmines?\b", re.I)


_WORKPLACE = (r"(?:mines?|colliery|factory|plant|mill|refinery|warehouse|workshop|boiler|pipeline|kiln|quarry|"
              r"(?:firecracker|fireworks?|manufacturing|production) (?:\w+ )?(?:unit|units|site|facility)|godown|"
              r"furnace|foundry|smelter|tanker|fuel station|petrol station|gas station)")
_WORKPLACE_BLAST = re.compile(rf"\b(?:explosions?|blasts?|exploded|blew up)\b[^.;]{{0,60}}?\b(?:at|in|inside|through|"
                              rf"ripped through|tore through|hit|rocked)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_WORKPLACE}\b|"
                              rf"\b{_WORKPLACE}\s+(?:explosion|blast|fire)s?\b", re.I)
_ATTACK_WORD = re.compile(r"\b(?:attack\w*|targeted|planted|detonat\w*|claimed|sabotage\w*|militants?|gunmen|bomb\w*|suicide|arson\w*|"
                          r"terror\w*|insurgents?|rebels?)\b", re.I)


def _without_workplace_mines(text: str) -> str:
    return _MINE.sub(" ", text) if _MINING.search(text) else text
# A device that went off by accident is still ACLED's concern (Disrupted weapons use).
_EXPLOSIVE = re.compile(r"\b(?:mines?|landmines?|explosive\w*|IEDs?|bombs?|grenades?|ordnance|detonat\w*|ammunition|"
                        r"shells?|mortars?|rockets?|missiles?|drones?|air ?strikes?|airstrikes?)\b", re.I)
# Verbal or figurative attacks and fights: "attacked the proposal", "fighting AIDS", "hacking the election".
_FIGURATIVE = re.compile(r"\b(?:"
                         # a military exercise's "storming" of mock positions: training, not combat
                         r"live-?fir(?:e|ing) (?:exercises?|drills?)|(?:military|joint|annual|naval|field|tactical) "
                         r"(?:exercises?|drills?|manoeuvres|maneuvers)|war ?games|mock (?:enemy|attacks?|battles?|assaults?)|"
                         r"(?:imaginary|simulated|notional|fictional|fictitious|mock) (?:(?:armed |rebel |terrorist )?"
                         r"(?:enem(?:y|ies)|adversar(?:y|ies)|opponents?|attackers?|invaders?|groups?|forces?|militants?|"
                         r"insurgents?|terrorists?))|"
                         # "In the exercise script, a fictitious armed group had overrun the district headquarters"
                         r"\b(?:exercise|drill|simulation)(?:['’]s)? (?:script|scenario)\b|"
                         r"^the (?:drill|exercise|manoeuvres|maneuvers)\b|"
                         # "the crew blew up a fuel truck for the film's climactic ambush": a film's staged violence
                         r"for (?:the|a) (?:\w+ )?(?:film|movie|series|documentary|shoot)(?:['’]s)?\b|staged for (?:a|the)\b|"
                         # "4,000 re-enactors staged the Battle of Austerlitz": history played, no battle fought
                         r"re-?enact(?:ment|ments|ors?|ed|ing|s)?|"
                         # a race's "devastating attack two kilometres from the finish": a runner's or rider's move
                         r"attack(?:ed|s)? (?:[\w-]+ ){0,6}?(?:from|before) the (?:finish|line|summit)\b|"
                         # a festival's battle: "bombarded the carts with 600 tonnes of oranges" (not stones or bullets)
                         r"(?:bombard|pelt|shower)(?:ed|ing|s)? (?:[\w'’\"“”-]+ ){0,10}?with (?:[\w,-]+ ){0,5}?(?:of )?"
                         r"(?:oranges|tomatoes|flowers|petals|confetti|colou?red powder|paint|water balloons|snowballs|"
                         r"questions|messages|e-?mails|calls|complaints|criticism|offers)\b|"
                         r"(?:attack(?:ed|s|ing)?|slammed|blasted|fight(?:ing|s)?|combat(?:ing)?|battl(?:e|ing)) "
                         r"(?:(?:the|his|her|their|a|an|mr|mrs|ms|[A-Z]\w+'s?) )*(?:\w+ )?(?:proposal|plan|policy|policies|"
                         r"remarks?|comments?|decision|record|bill|law|aids|hiv|cancer|corruption|poverty|disease|"
                         r"virus|epidemic|outbreak|inflation|crime|climate|obesity|hunger|malaria|cholera|flu)|"
                         r"hack(?:ed|ing)? (?:the |an? )?(?:\w+ )?(?:election|e-?mails?|accounts?|servers?)|"
                         r"potential to kill|(?:could|can|would|might) kill|"
                         r"(?:legal|court|courtroom|political|electoral|uphill|custody|bureaucratic|personal|public relations|"
                         r"long-running|ongoing) (?:battles?|fights?)|fought (?:\w+ ){0,4}in (?:the )?courts?|"
                         r"fight (?:your|their|our|his|her|my) (?:own )?battles|stand against|"
                         r"wag(?:e|ed|es|ing) (?:\w+ )?war (?:on|against) (?:corruption|poverty|drugs|crime|graft|inflation|"
                         r"hunger|disease|waste)|"
                         # "firefighters fought for two hours to bring the fire under control"
                         r"fought (?:\w+ ){0,4}(?:to (?:bring|put out|extinguish|douse|contain|control)|the (?:fire|blaze|"
                         r"flames))|"
                         r"fighting to (?:topple|overthrow|oust|remove|unseat|establish|create|win)|"
                         # a match: "fought back from two goals down to draw 2–2 ... in a Division Two battle"
                         r"(?:fought|came|battled|clawed) back from (?:\w+ ){1,2}(?:goals?|points?|sets?|runs?) down|"
                         r"(?:draw|drew|won|win|beat|lost|edged|thrashed) (?:\w+ ){0,4}?\d{1,2}\s?[–—-]\s?\d{1,2}\b|"
                         r"(?:league|division (?:one|two|three|\d)|cup|derby|premiership|championship|relegation|"
                         r"title) (?:\w+ )?(?:battle|clash|showdown|fight|encounter)|"
                         r"(?:their|his|her|our) (?:\w+ )?(?:fight|battle|struggle) (?:for|to)\b)\b", re.I)


_ANIMALS = r"(?:animals|pets|dogs|cats|rats|rodents|insects|pests|birds|cattle|livestock|poultry|wildlife|sheep|goats|" \
           r"cows|calves|camels|donkeys|horses|pigs|lambs|ewes)"
# Animals as the attackers: "A pack of wolves killed 37 sheep", "an elephant trampled a farmer".
_ANIMAL_AGENT = re.compile(r"\b(?:wol(?:f|ves)|(?:a|the|brown|black|polar) bears?|grizzl(?:y|ies)|(?:a|the) (?:tiger|lion)|"
                           r"lionesses|leopards?|hyenas?|jackals?|elephants?|hippos?|hippopotamus(?:es)?|crocodiles?|"
                           r"alligators?|sharks?|snakes?|pythons?|cobras?|(?:wild|stray|feral) dogs|wild boars?|"
                           r"buffalo(?:es)?|bison)\b(?:[\w ,'’-]{0,30}?)\b"
                           r"(?:killed|attacked|mauled|trampled|savaged|bitten|injured|devoured|gored)\b|"
                           # "killed ... when bulls charged into the crowd during the corraleja": a bullfight's toll
                           r"\b(?:bulls?|(?:stampeding|runaway) (?:cattle|animals|horses?|herds?))\b (?:\w+ )?"
                           r"(?:charged|gored|trampled|stampeded|broke through)\b", re.I)
# Animals as the victims: culling, pest control, hunting.
_ANIMAL_VICTIM = re.compile(rf"\b{_ANIMALS} (?:\w+ ){{0,5}}(?:are|were|is|was|being|been) (?:being )?(?:shot|killed|culled|"
                            rf"poisoned|destroyed|put down)\b|\b(?:shoot\w*|shot|kill\w*|cull\w*|poison\w*) (?:[a-z]+ )?{_ANIMALS}\b", re.I)


_ANIMAL_STEMS = ("animal", "pet", "dog", "cat", "rat", "rodent", "insect", "pest", "bird", "livestock", "poultry",
                 "wildlife", "sheep", "goat", "cow", "calves", "camel", "donkey", "horse", "pig", "lamb", "ewe")


# A military exercise's violence, told as such (whatever crowd words it uses: "stormed" a simulated camp)
_EXERCISE = re.compile(r"\b(?:(?:military|joint|annual|naval|field|tactical) (?:exercises?|drills?|manoeuvres|maneuvers)|"
                       r"war ?games|mock (?:enemy|attacks?|battles?|assaults?|air ?strikes?|raids?)|(?:imaginary|simulated|"
                       r"notional|fictional|fictitious|mock) (?:(?:armed |rebel |terrorist |insurgent |enemy )?(?:enem(?:y|ies)|"
                       r"adversar(?:y|ies)|opponents?|attackers?|invaders?|groups?|forces?|militants?|insurgents?|terrorists?|"
                       r"camps?|positions?|bases?)))\b", re.I)


def exercise(text: str) -> bool:
    return _EXERCISE.search(text) is not None


@functools.lru_cache(maxsize=256)  # pure; the reader asks it of a sentence up to three times
def non_violent(text: str) -> bool:
    """A death, injury or hospitalisation caused by illness, accident or nature, with no violence named; or an
    attack on a proposal, a fight against a disease."""
    lowered = text.lower()
    animals = any(a in lowered for a in _ANIMAL_STEMS) and _ANIMAL_VICTIM.search(text)
    if animals and not _VIOLENT_ACT.search(_ANIMAL_VICTIM.sub(" ", text)):
        return True  # culls, strays, pest control; not "militants burned houses and killed livestock"
    beast = _ANIMAL_AGENT.search(text)
    if beast and not _ARMED_ACTOR.search(text, beast.start()):
        # a wolf attack, an elephant trampling a farmer: no one's political violence (whoever hunts it: "soldiers
        # launched an operation to capture a tiger that killed a rubber tapper")
        return True
    if _FIGURATIVE.search(text) or (_ACCIDENTAL.search(text) and not _EXPLOSIVE.search(_without_workplace_mines(text))):
        return True
    if _WORKPLACE_BLAST.search(text) and not _EXPLOSIVE.search(_without_workplace_mines(text)) \
            and not _ARMED_ACTOR.search(SOURCE_SAID.sub(" ", text)) and not _ATTACK_WORD.search(text):
        # ("..., police and company officials said": the police as a source arm no one)
        return True  # an explosion in a mine, a factory or a plant, with no device and no attacker: an accident
    return bool(_NON_VIOLENT_CAUSE.search(text)) and not _VIOLENT_ACT.search(_NON_VIOLENT_CAUSE.sub(" ", text))


# A lockdown or a curfew is a security measure, whatever caused it.
_SECURITY_MEASURE = re.compile(r"\b(?:lockdown|curfew|state of emergency|martial law|security measures?)\b", re.I)
_PROTEST = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:ed|es)|sit-ins?)\b", re.I)


def without_causes(text: str) -> str:
    return _NON_VIOLENT_CAUSE.sub(" ", text)


def violence_words(text: str) -> int:
    """Words of violence or of armed actors: an article with none reports no political violence."""
    return count_matches(_VIOLENT_ACT, text) + count_matches(_ARMED_ACTOR, text)


# "A man accused of stealing a motorcycle was beaten and set on fire by a mob": the accusation is the mob's pretext,
# said of its victim, not a charge before a court.
_ACCUSED_VICTIM = re.compile(r"accused of [^.;,]{0,60}? (?:was|were|had been|has been|have been) (?:\w+ )?(?:beaten|lynched|"
                             r"killed|burn(?:ed|t)|set (?:on fire|ablaze)|attacked|hacked|stoned|shot|stabbed|"
                             # "three young men accused of inciting the crowd were arrested": those seized, described
                             r"dragged|paraded|arrested|detained|apprehended)\b", re.I)


def about_court_case(text: str, first_cue_pos: int | None = None) -> bool:
    """A sentence about a case: its court words come before the event they judge ("pleaded guilty to the
    attack"), not after it as a cause ("rioted after X was sentenced")."""
    m = _COURT.search(text)
    if m is not None and _ACCUSED_VICTIM.match(text, m.start()):
        m = _COURT.search(text, m.end())
    return bool(m) and (first_cue_pos is None or m.start() <= first_cue_pos)


_GENERIC = re.compile(r"^(?:but|not only|it is|this is|these|such|analysts|experts|observers)\b", re.I)
# Reactions to violence already reported: condemnations, blame, claims, comment, funerals.
_REACTION = re.compile(r"^\W*(?:[\w'’-]+ ){0,8}?(?:condemn\w*|blam(?:ed|es|ing)|deplor\w*|comment(?:ed|s)? on|"
                       r"mourn\w*|offered condolences|(?:claimed|denied|disputed) (?:\w+ ){0,2}responsibility)\b"
                       r"[^.;]{0,80}?\b(?:attacks?|killings?|bombings?|strikes?|violence|assassination|massacre|"
                       r"deaths?|violations?|detentions?|arrests|abductions?|kidnappings?)\b|"
                       # "The funeral prayers of the two constables killed on the spot were offered ...": a rite for
                       # the dead already told (not "the funeral ... came under fire", an event at it)
                       r"^\W*(?:the )?(?:funerals?|burials?|funeral (?:prayers|rites|services?)|last rites) (?:of|for) "
                       r"(?![^.;]{0,120}?\b(?:attacked|came under|opened fire|fired|stormed|explo|blast)\w*)"
                       r"[^.;]{0,80}?\b(?:killed|slain|dead|victims?|martyred)\b|"
                       # "19:10 – Hundreds of people attended the funeral of the man killed in Al-Qadmus": the same rite
                       r"^\W*(?:\d{1,2}[:.]\d{2}\s*\W*\s*)?(?:[\w'’-]+ ){0,6}?(?:attended|joined|held|took part in) (?:the )?"
                       r"(?:funerals?|burials?|funeral (?:prayers|rites|services?)|last rites) (?:of|for) "
                       r"(?![^.;]{0,120}?\b(?:attacked|came under|opened fire|fired|stormed|explo|blast)\w*)"
                       r"[^.;]{0,80}?\b(?:killed|slain|dead|victims?|martyred)\b", re.I)
# States and plans rather than events.
_ACCUSED_OF = re.compile(r"\b(?:accused|suspected|convicted|wanted) (?:of|for)\b", re.I)
_STATE_OR_PLAN = re.compile(r"\b(?:remains? (?:in|under) (?:detention|custody|arrest|prison|jail)|"
                            # A schedule as the main verb: "a leader seen at a weekend rally is scheduled to speak"
                            r"(?:is|are) (?:scheduled|due|slated) to|"
                            # "A peaceful march in memory of the victims is planned in Mokolo on 5 July"
                            r"(?:is|are) (?:also |now |being )?(?:planned|scheduled)\b|"
                            r"(?:planned|scheduled|called|announced|set|slated) (?:[\w'’()-]+ ){0,6}for (?:next |this )?"
                            r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}\b|(?:january|"
                            r"february|march|april|may|june|july|august|september|october|november|december))|"
                            r"(?:efforts|talks|negotiations) (?:\w+ ){0,6}(?:have |has |were |are )?(?:stalled|"
                            r"continuing|continue[sd]?|under way|ongoing|resumed)|(?:19|20)\d\d was\b|"
                            r"deadliest (?:year|month)|(?:a|an|the) (?:\w+ )?(?:scheduled|planned|upcoming|proposed|"
                            r"intended) (?:\w+ )?(?:protests?|rall(?:y|ies)|march(?:es)?|strikes?|demonstrations?|"
                            r"sit-ins?)|"
                            # a notice to the public: "Residents are asked not to be alarmed by ... the sound of
                            # explosions" (a drill's or a demolition's)
                            r"^(?:residents|the public|members of the public|citizens|the population|motorists) "
                            r"(?:are|were|have been) (?:\w+ )?(?:asked|advised|urged|requested|warned|informed)\b|"
                            # "the committee announced a sit-in outside the press club on Friday": called, not held
                            r"\b(?:announced|called for|called|planned|vowed to hold|threatened) (?:a|an|new|more|further) "
                            r"(?:[\w-]+ )?(?:protests?|rall(?:y|ies)|march(?:es)?|strikes?|demonstrations?|sit-ins?|"
                            r"boycotts?|shutdowns?)\b(?! and (?:then )?(?:protested|marched|rallied|demonstrated|"
                            r"gathered|staged|held)\b))", re.I)
# "9 Jul – Janzur: Elders ... announced that talks on a lasting truce between the two groups would continue next week":
# talks still to be held, however dated the announcement
_TALKS_TO_COME = re.compile(r"\b(?:talks|negotiations) (?:\w+ ){0,8}?(?:would|will) (?:continue|resume|be held|take place|"
                            r"begin|start)\b", re.I)
# "Security was tight ahead of the protests": the event word is what is to come (not "six people were arrested
# overnight ahead of the strike": a pre-emptive act, done)
_AHEAD_OF = re.compile(r"\bahead of (?:\w+ ){0,3}(?:protests?|rall(?:y|ies)|strikes?|elections?|march(?:es)?)", re.I)
_FIGURE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                     r"forty|fifty|hundred|thousand)\b", re.I)
# "Attacks affecting water facilities ...", "Kidnappings for ransom remained ...": a kind of event, no event.
# ("Fighting broke out between ... at a checkpoint": an onset is one event)
_BARE_PLURAL = re.compile(r"^(?:attacks|clashes|kidnappings|abductions|killings|air ?strikes|strikes|bombings|"
                          r"hostilities|violence|fighting|shelling|raids)\b(?! (?:broke out|erupted|flared up)\b)", re.I)


# "Troops who fought in Iraq are being tested": the violence sits in a relative clause about who someone is;
# the sentence reports a present state.
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:(?:had|have|has|were|was|once|previously|also)\s+)?$", re.I)
_PRESENT_MAIN = re.compile(r"\b(?:are|is) (?:now |still |currently |being |also )?\w+", re.I)
# Definitions and habits: "Thallium is used in poisons to kill rats".
_GENERIC_USE = re.compile(r"\b(?:is|are) (?:commonly |often |widely |mainly |also )?used (?:in|to|for|as)\b", re.I)


# "..., the latest in a string of drone attacks": an appositive that places the event in a series, after the
# report itself; the series does not make the report background.
# "..., the latest in a series of attacks", "killing 12 soldiers in one of the deadliest assaults this year": a
# ranking of the event just told, not a trend.
_LATEST_IN_SERIES = re.compile(r"(?:,\s+(?:in )?(?:(?:the|an?|marking the) (?:latest|newest|most recent|\w+est|second|third|"
                               r"fourth|another) (?:\w+ ){0,2}(?:in|of|such|that)|one of the (?:\w+est|most \w+))|"
                               # ", in what the Ombudsman's Office described as the fourth massacre ... this year"
                               r"\s+in one of the (?:\w+est|most \w+)|,\s+in what|"
                               # "...; he was the 11th social leader killed in the department this year"
                               r"[;,]\s+(?:he|she|it|they|this|that) (?:was|is|were|are|became|becomes|marks|marked) "
                               r"(?:the|an?) (?:latest|newest|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|another)) "
                               r"[^.;]*", re.I)


def latest_in_series(text: str) -> int | None:
    """Where a ranking aside starts (", the latest deadly incident in a territory that has seen ..."), if any."""
    m = _LATEST_IN_SERIES.search(text)
    return m.start() if m else None


_NOT_YET = re.compile(r"\b(?:imminent|impending|looming|future|feared|would-be)\s+(?:[\w-]+\s+)?\Z", re.I)
_LISTED_ACTS = re.compile(r"\b(?:includ(?:e|es|ed|ing)|such as|rang(?:e|es|ed|ing) from)\s+[A-Za-z]+ing\b", re.I)
# A non-restrictive relative clause, or what a gathering remembers, after the event it describes.
# (", in the deadliest assault on the force in the province this year": the same, as an aside)
_SUPERLATIVE_OF_IT = re.compile(r"\b(?:it was|was|is|making it|marking|,\s+in) the (?:deadliest|worst|bloodiest|largest|biggest|"
                                r"heaviest|most (?:serious|violent|lethal)) (?:[^.;:]{0,60}?)(?:this|so far this|last) "
                                r"(?:year|month)\b", re.I)
_TRAILING_ASIDE = re.compile(r",\s+(?:where|which|who|whose|as)\b|"
                             # "..., reviving fears of a return to the conflict that rocked the region more than a
                             # decade ago": what the event stirs, with the history it recalls
                             r",\s+(?:reviving|raising|renewing|stoking|fuelling|fueling|sparking|heightening|deepening) "
                             r"(?:fears|concerns|memories|worries|tensions?)\b|"
                             # "PRM condemns the killing of a protester in Abdanan on Friday evening, and the wave of
                             # arrests that has followed across the province": what followed, after the event told
                             r",\s+and (?:the|a) (?:[\w-]+ ){1,4}?(?:that|which) (?:has|have|had) (?:\w+ )?followed\b|"
                             # "..., demanding that eradication be suspended until the payments owed since 2024 are
                             # made": what protesters demand may tell history; their protest is the day's
                             r",\s+(?:demanding|calling for|to demand|in protest (?:at|against|over))\b|"
                             # "... a dispute over a watering point that had been simmering since August"
                             r"\s(?:that|which) (?:had|has|have) been\b|"
                             # "... clashed on Sunday inside Falam, the town both claimed after the army withdrew in 2025"
                             # "... on the outskirts of Ochakiv, a small port that Russian forces regularly target"
                             r",\s+(?:the|an?) (?:[\w-]+ ){0,2}?(?:town|city|village|area|district|region|base|camp|port)\b|"
                             # "..., in an escalation that has left residents counting losses": the event weighed
                             r",\s+in (?:an?|the) (?:\w+ )?(?:escalation|surge|spike|wave|upsurge|flare-up|spate|string|series)\b|"
                             r"\s(?:in (?:memory|honou?r|remembrance) of|to (?:commemorate|"
                             r"mark|remember|honou?r) the|marking the|commemorating the)\b|"
                             # "..., in the most serious confrontation between the two sides this year": the event
                             # weighed against its history, which does not make it history
                             r",?\s+in (?:the|what (?:was|is|has been|officials called)) (?:\w+ )?(?:most|deadliest|"
                             r"worst|bloodiest|heaviest|biggest|largest|fiercest|latest)\b|"
                             # "The four shepherds killed on Saturday near Sabburah ... were not the first Ismailis to
                             # die violently since the fall of Assad": the event weighed against its history
                             r",?\s+(?:was|were|is|are) (?:not |only )?(?:the |among the )?(?:first|latest|last|second|"
                             r"third|deadliest|worst)\b", re.I)


_INVESTIGATING = re.compile(r"\binvestigat(?:e|es|ing|ion into) (?:the |a |an )?(?:\w+(?:'s)? )?(?:killing|shooting|"
                            r"stabbing|death)\b", re.I)


def _investigating_recent(text: str, published: dt.date) -> bool:
    """"Police are investigating the killing of a councillor who was shot dead ... on Monday evening": the killing
    of the past days, told with the inquiry it opened (no other word of a court): a report of it."""
    m = _COURT.search(text)
    return m is not None and _INVESTIGATING.match(text, m.start()) is not None and not _COURT.search(text, m.end()) \
        and _dated_recently(text, published) and (published - resolve_date(text, published)).days <= 7


# A live blog entry's time stamp ("7.15pm: A vigil in Iringa, where ... in memory of those killed last year, has ended
# peacefully"): the entry tells the day's news, as a date in its main clause would.
_BLOG_CLOCK = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?::|[—–-])\s", re.I)


# "In Djibo, a town under a jihadist blockade since 2022, two children were killed ... late on Friday": what the place
# has long been, said of it between commas; the sentence's own day tells the event (blanked: offsets hold)
_PLACE_APPOSITIVE = re.compile(r"(?-i:[A-Z])[\w'’-]+(,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|district|"
                               r"commune|locality|region|province|area|settlement|camp|capital|port|base|crossing|"
                               r"stronghold|hub|suburb|neighbou?rhood|county|state)\b[^,;.]{0,100}),", re.I)


# A sentence that opens on the attackers or the attack the story has told ("The militants attacked ...", "The
# ambush began ...")
_THE_TOLD_EVENT = re.compile(r"\W*the (?:militants|attackers|assailants|gunmen|fighters|insurgents|raiders|bandits|"
                             r"jihadists|rebels|attack|assault|raid|ambush|fighting|clashes)\b", re.I)


_CAUSED_PROTESTS = re.compile(r"\b(?:have|has|had) (?:\w+ )?(?:fuell?ed|fueled|sparked|triggered|prompted|driven|stoked) "
                              r"(?:\w+ )?(?:protests|demonstrations|unrest|riots)\b", re.I)


def _dated_recently(head: str, published: dt.date) -> bool:
    """Whether the clause names the day of its event (not of a source's report), within six weeks of publication."""
    d = resolve_date(head, published)
    return d is not None and 0 <= (published - d).days <= 45


# What a report, a study or a survey found: figures over its period, not one event.
_REPORT_FINDS = re.compile(r"\W*(?:the|its|a|an|this|that) (?:[\w-]+ ){0,2}(?:report|study|survey|review|assessment|"
                           r"investigation|tally)s? (?:also )?(?:said|says|found|finds|documented|documents|noted|notes|"
                           r"showed|shows|recorded|records|counted|estimated)\b", re.I)


_SECTION_NOT_NEWS = re.compile(r"\W*(?:background|summary|context|analysis|outlook|comment|overview|trends?)\s*:", re.I)
_DAY_RANGE = re.compile(r"\W*(?:between|from) (?P<a>\d{1,2}) (?:and|to|until) (?P<b>\d{1,2}) (?:January|February|March|April|May|June|"
                        r"July|August|September|October|November|December)\b", re.I)
# "... were killed and ten abducted in Djugu, Mambasa and Irumu territories between 4 and 8 July": the range closing it
_DAY_RANGE_AFTER = re.compile(r"\sbetween (?P<a>\d{1,2}) and (?P<b>\d{1,2}) (?:January|February|March|April|May|June|July|August|"
                              r"September|October|November|December)\b\W*$", re.I)
# Events spoken of in general, in the present: "the raids are meant to", "such attacks have become".
_EVENTS_IN_GENERAL = re.compile(r"\b(?:the|such|these|its|their) (?:[\w-]+ ){0,2}(?:raids|attacks|strikes|killings|clashes|"
                                r"bombings|operations|abductions|kidnappings)(?: (?:and|or) (?:[\w-]+ ){0,2}(?:raids|attacks|"
                                r"strikes|killings|clashes|bombings|abductions|kidnappings))? (?:are|have become|remain|aim|"
                                r"are aimed|are meant|are designed|are intended|target)\b|"
                                # "Insecurity in Daraa remained driven by targeted attacks on members of the security
                                # services": what a situation is made of, no attack told
                                r"\b(?:insecurity|violence|the (?:security )?situation|instability|tension)\b[^.;]{0,60}?"
                                r"\b(?:remained|remains|was|is|has been|continued to be) (?:largely |mainly |mostly )?"
                                r"(?:driven|marked|characteri[sz]ed|dominated|fuelled|fueled) by\b|"
                                # "Gang violence in the Artibonite escalated sharply in mid-November, with attacks on
                                # farming localities, kidnappings on the main roads and clashes ...": a trend and its kinds
                                r"\b(?:violence|insecurity|fighting|hostilities)\b[^.;]{0,60}?\b(?:escalated|intensified|"
                                r"increased|surged|spiked|worsened|rose)\b[^.;]{0,60}?\bwith (?:(?:[\w-]+ ){0,2}(?:attacks|"
                                r"kidnappings|clashes|killings|raids|abductions|strikes)\b)", re.I)


_ANONYMITY = re.compile(r"\b(?:(?:asked|requested|wished|preferred) not to be (?:named|identified)|on condition of anonymity|"
                        r"speaking anonymously)(?: (?:for fear of|because of fears? of|fearing) (?:reprisals?|retaliation|"
                        r"retribution|their safety|his safety|her safety|punishment))?|\bfor fear of (?:reprisals?|retaliation|"
                        r"retribution)\b", re.I)


_SINCE_OPENING = re.compile(r"\W*since\b", re.I)


def is_background(text: str, first_cue_pos: int, published: dt.date, first_report: bool = False) -> bool:
    """True when the sentence is not a report of a concrete incident.

    `first_cue_pos` is the offset of the first event cue; intent words only disqualify when they govern it
    (they come before it), so "protesters gathered to demand ..." still counts.
    """
    if "fear" in text or "anonym" in text or "named" in text:
        # "A local official, who asked not to be named for fear of reprisals, said ...": a source's anonymity, no
        # fear of an event to come (blanked: offsets hold)
        text = _ANONYMITY.sub(lambda m: " " * len(m.group(0)), text)
    if ", a" in text or ", the" in text:
        m = _PLACE_APPOSITIVE.search(text)
        if m is not None:
            blanked = text[:m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1):]
            if _dated_recently(blanked, published) or _THE_TOLD_EVENT.match(blanked):
                # (the aside's year describes the place: "The militants attacked the base in Gal Hareeri, a village
                # ... that government forces took from the group in 2023, shortly before dawn" goes on telling the
                # story's attack, named by its definite article)
                text = blanked
    if first_cue_pos < len(text) and ("," in text or ";" in text):
        m = _LATEST_IN_SERIES.search(text, first_cue_pos)
        if m is not None:
            text = text[:m.start()]
    if "est" in text:
        # "... last Thursday night was small ..., but it was the deadliest in Baghlan province this year: two ...
        # were killed": a record the event set, said of the event, is no trend
        text = _SUPERLATIVE_OF_IT.sub(lambda m: " " * len(m.group(0)), text)
    if first_cue_pos < len(text):
        m = _TRAILING_ASIDE.search(text, first_cue_pos + 1)
        if m is not None and (_dated_recently(text[:m.start()], published) or _BLOG_CLOCK.match(text)):
            # "... marched through Lima on Thursday to demand action against gangs, which they say have killed
            # dozens this year": an event dated in its main clause; the aside after it (a relative clause, what a
            # march commemorates) may tell history or a trend without making the report background.
            text = text[:m.start()]
    if _CAUSED_PROTESTS.search(text) and not has_explicit_date(text):
        return True  # "Electricity cuts ... have fuelled protests in Al Mukalla for two weeks": protests as a state
    if _SINCE_OPENING.match(text):
        return True  # "Since the escalation began on 5 October, 46 civilians have been killed": a running total
    if _ONE_OF_THE_PLACES.match(text):
        return True  # "Katsina is one of several north-western states where armed gangs ... raid villages": a place's habit
    if _SECTION_NOT_NEWS.match(text):
        return True  # "Background: M23 took control of Bukavu in February", "Summary: fighting continued ..."
    span = _DAY_RANGE.match(text) or ("etween" in text and _DAY_RANGE_AFTER.search(text)) or None
    if span is not None and int(span.group("b")) - int(span.group("a")) != 1:
        # "Between 20 and 30 October, at least 124 people were killed": a period's total (not "Between 18 and 19
        # July, clashes ... were reported in Kuac": one fight over two days)
        return True
    if _EVENTS_IN_GENERAL.search(text) and not has_explicit_date(text):
        return True  # "Palestinians say the raids and settler attacks are meant to entrench the occupation"
    if _REPORT_FINDS.match(text) and not has_explicit_date(text):
        return True  # "The report said around a quarter of those killed died in operations ...": a report's findings
    talks = _TALKS_TO_COME.search(text) if "ould " in text or "will " in text else None
    if talks is not None and talks.start() <= first_cue_pos < talks.end():
        return True
    if _opens_with_recent_date(text, published):
        # "On 3 May 2022, ..." reports an event; later clauses about its history or demands do not undo that.
        for m in _INTENT.finditer(text):
            if m.start() < first_cue_pos and first_cue_pos - m.end() < 60:
                return True
        return False
    for m in _YEAR.finditer(text) if _may_name_year(text) else ():
        year = int(m.group(1))
        # Early-January reports of late-December events are not history.
        if year < published.year and not (year == published.year - 1 and published.month == 1
                                          and _DECEMBER.search(text, max(0, m.start() - 25), m.end() + 15)):
            if first_cue_pos < m.start() and "," in text[first_cue_pos:m.start()] and "," not in text[:first_cue_pos] \
                    and _dated_recently(text[:m.start()], published):
                # "When a drone fired a missile into a car ... on Tuesday afternoon, killing both men inside, it was
                # ... a reminder that the ceasefire of November 2024 ...": the year of a later clause's comparison
                continue
            if first_cue_pos < m.start() and ";" in text[first_cue_pos:m.start()]:
                continue  # "The army said six militants were killed; al-Shabaab had held the village since 2023"
            if first_cue_pos < m.start() and _ACCUSED_OF.search(text, first_cue_pos, m.start()):
                # "A crowd ... beat to death a man accused of having guided RSF fighters during their occupation of
                # the area in 2024": the year of what the victim was accused of, not of the event
                continue
            return True
    history = _HISTORY.search(text)
    if history is not None and history.start() > first_cue_pos and text[max(0, history.start() - 6):history.start()] \
            .lower() == "since " and _dated_recently(text[:history.start()], published) \
            and not _HISTORY.search(text, history.end()):
        # "On Friday, several thousand people gathered ... for the release of detainees held since last year": how
        # long something has lasted, told after the day's event
        history = None
    if history or _trend(text, first_cue_pos) or _SINCE.search(text) or (
            about_court_case(text, first_cue_pos) and not _investigating_recent(text, published)) \
            or _PETTY_CRIME.search(text):
        return True
    # (a reaction is background to an event already told; a release that opens "ZRW condemns the killing of two
    # porters ... near Paveh on Saturday" tells the event first, with its day: `first_report`)
    if _older_month(text, published) or _inside_quotation(text) or (_REACTION.search(text) and not (
            first_report and resolve_date(text, published) is not None)) \
            or _STATE_OR_PLAN.search(text):
        return True
    ahead = _AHEAD_OF.search(text)
    if ahead is not None and first_cue_pos >= ahead.start():
        return True
    if _BARE_PLURAL.match(text) and resolve_date(text, published) is None and not _FIGURE.search(text):
        return True
    for m in _INTENT.finditer(text):
        if m.start() < first_cue_pos and first_cue_pos - m.end() < 60:
            return True
    # "no intelligence of an imminent attack": an event that has not happened.
    if _NOT_YET.search(text, max(0, first_cue_pos - 40), first_cue_pos):
        return True
    # "Tactics included burning schools and abducting teachers": kinds of acts listed, no act told.
    m = _LISTED_ACTS.search(text, 0, first_cue_pos + 1)
    if m is not None and re.match(r"[A-Za-z]+ing\b", text[first_cue_pos:]):
        return True
    # "further protests could follow": the event word is the subject of a future or conditional verb.
    if _MODAL_AFTER.match(text[first_cue_pos:first_cue_pos + 60]):
        return True
    # "The surrender of the remaining districts would be a turning point": the subject, however long, is the event.
    if _DETERMINER.match(text[:first_cue_pos]) and _HYPOTHETICAL.match(text, first_cue_pos):
        return True
    # (a question after a colon asks about the event the main clause told: "The gunfight that killed a police
    # sergeant ... on Sunday lasted less than an hour, but it has revived ...: can the state govern ...?")
    if text.rstrip().endswith("?") and first_cue_pos > max(text.rfind(":"), text.rfind(";")) or _GENERIC_USE.search(text):
        return True
    if _RELATIVE_BEFORE.search(text[max(0, first_cue_pos - 40):first_cue_pos]) \
            and _PRESENT_MAIN.search(text, first_cue_pos) and not has_explicit_date(text):
        return True
    return bool(_GENERIC.match(text)) and first_cue_pos > 0 and "killed" not in text


_ONE_OF_THE_PLACES = re.compile(r"^\W*(?:[\w'’-]+ ){1,4}(?:is|are|remains?) (?:one of|among) (?:[\w'’-]+ ){0,4}?"
                                r"(?:states|regions|provinces|areas|countries|districts|counties|places|towns|parts|"
                                r"zones|territories)\b[^.;]{0,60}?\b(?:where|in which)\b", re.I)
_LAST_YEAR = re.compile(r"\b(?:last|previous) year\b|\ba year (?:ago|earlier)\b", re.I)
# "on Dec. 30, 2025", "31 December 2025": a late-December day named in early January is recent, a bare year is not.
_DECEMBER = re.compile(r"\bDec(?:ember|\.)?\b", re.I)


def names_past_year(text: str, published: dt.date) -> bool:
    """"In June 2014, as IS fighters swept through northern Iraq, ...": the sentence is set in an earlier year."""
    if _LAST_YEAR.search(text):
        return True  # "who led an uprising against the SDF in August last year"
    return _may_name_year(text) and any(int(m.group(1)) < published.year and not (
        int(m.group(1)) == published.year - 1 and published.month == 1
        and _DECEMBER.search(text, max(0, m.start() - 25), m.end() + 15))
               for m in _YEAR.finditer(text))


def _may_name_year(text: str) -> bool:
    """Whether `_YEAR` can match: every year it reads starts "19" or "20" (digits have no other case)."""
    return "19" in text or "20" in text


def _trend(text: str, first_cue_pos: int) -> bool:
    """A trend or total; a source named after the report ("... were killed, according to a tally compiled from
    statements") attributes that report and makes no trend of it."""
    # (nor what a crowd protests against: "blocked the main road to protest against a spate of kidnappings")
    return any(not (m.group(0)[:12].lower() == "according to" and m.start() > first_cue_pos)
               and not (m.start() > first_cue_pos and _PROTESTED_CAUSE.search(text, max(0, m.start() - 50), m.start()))
               for m in _TREND.finditer(text)) or any(
        not _FIRST_IN_A_WHILE.search(text, max(0, m.start() - 60), m.start()) for m in _OVER_WEEKS.finditer(text))


# "its operation in Bajo Cauca had 'neutralised' 23 members of the Gulf Clan in six weeks": a period's sum (not "the
# first attack on the town in six weeks", nor "the deadliest in three months": an event measured against a period)
_OVER_WEEKS = re.compile(r"\b(?:in|over|during|within) (?:the (?:past|last|previous) )?(?:two|three|four|five|six|seven|"
                         r"eight|nine|ten|several|\d+) (?:weeks|months)\b(?! (?:of|ago|earlier|before|after)\b)", re.I)
_FIRST_IN_A_WHILE = re.compile(r"\b(?:first|since|deadliest|worst|biggest|largest|bloodiest|heaviest|latest|only)\b", re.I)


_PROTESTED_CAUSE = re.compile(r"\b(?:protest(?:s|ed|ing)?|demonstrat(?:e|ed|ing)|march(?:ed|ing)?|rall(?:y|ied|ying)) "
                              r"(?:against|over)\s+(?:the |a |an )?$|\bdemand(?:s|ed|ing)? (?:an end to|action (?:against|"
                              r"over)) (?:the |a |an )?$", re.I)


def _opens_with_recent_date(text: str, published: dt.date) -> bool:
    head = text[:60]
    d = resolve_date(head, published)
    return d is not None and has_explicit_date(head) and abs((published - d).days) <= 45


_SPORT_MARKET = re.compile(
    r"\b(?:match(?:es)?|goals?|league|striker|midfielder|goalkeeper|coach|season|cup|tournament|championship|"
    r"team(?:mate)?s?|players?|penalty|half-time|stadium|fans|kick-?off|equali[sz]er|innings|wickets?|"
    r"semi-?finals?|quarter-?finals?|final|win(?:s|ning)?|draw|defeat|victory|medal|race|lap|derby|header|"
    r"fixtures?|clubs?|home side|visitors|top-(?:four|two|three)|scored|striker|"
    r"shares?|stocks?|prices?|index|indices|crude|barrel|investors?|traders?|dollar|inflation|earnings|profits?|"
    r"bonds?|yields?|markets?|nasdaq|dow|s&p|ftse|dax|nikkei|bitcoin|currency|forex|revenue|"
    r"quarterly|dividend|analysts?|central bank|interest rates?|\d+(?:\.\d+)?%|\d+-\d+)\b", re.I)
_CONFLICT = re.compile(
    r"\b(?:killed|dead|deaths?|militants?|soldiers?|troops|gunmen|insurgents?|rebels?|police(?:men)?|"
    r"protesters?|demonstrators?|air ?strikes?|shell(?:ed|ing)|bomb(?:s|ing|ed)?|arrested|wounded|injured|"
    r"abducted|kidnapped|clashes|military|army|armed|civilians|villagers|security forces|jihadists?|"
    r"explosives?|riots?|curfew|protest\w*|demonstrat\w*|rall(?:y|ies|ied)|marched|sit-ins?|picket\w*|"
    r"blocked|strikers?|striking)\b", re.I)


# Reviews and features on films, series, novels and plays: the violence they tell is the story's, not news.
_FICTION = re.compile(
    r"\b(?:episodes?|premiered?|premieres|streaming|screenplay|screenwriters?|the cast|cast members?|actors?|actress(?:es)?|"
    r"starring|stars out of|directed by|filmmakers?|film-?makers?|the film|the movie|the series|the novel|novelists?|"
    r"playwrights?|sitcom|(?:tv|television|crime|prison|period|costume) drama|thriller|box[ -]office|critics|viewers|"
    r"season finale|trailer|plot|subplot|characters?|protagonists?|fictional|fiction|rating:|re-?enact\w*|spectators)\b",
    re.I)
_SPORT_MARKET_LOWER = lowercase_twin(_SPORT_MARKET)
_CONFLICT_LOWER = lowercase_twin(_CONFLICT)


def accident_headline(title: str | None) -> bool:
    """A headline that names an accident or an illness as what happened ("Man dies after being struck by
    vehicle", "Hunting accident claims life") and no violence: the story reports no political violence."""
    if not title:
        return False
    if _PROTEST.search(title) or _SECURITY_MEASURE.search(title):
        return False
    if _ACCIDENTAL.search(title):
        return not _EXPLOSIVE.search(_ACCIDENTAL.sub(" ", title))
    return bool(_NON_VIOLENT_CAUSE.search(title)) and not _VIOLENT_ACT.search(_NON_VIOLENT_CAUSE.sub(" ", title)) \
        and not _ARMED_ACTOR.search(title)


# Police and court procedure around an individual's crime, and what makes a crime political violence: armed
# groups, soldiers, terrorism, protest, explosives, kidnapping gangs.
_CRIME_PROCEDURE = re.compile(
    r"\b(?:suspects?|charged|charges?|warrants?|investigat\w+|custody|courts?|detectives?|sheriff\w*|coroner|"
    r"prosecut\w+|attorney|homicide|jail\w*|prison|sentenc\w+|constable|police (?:say|said|says)|guilty|"
    r"victim|bail|trial|accused|affray|robber\w*|burglar\w*|theft|stolen|missing|disappearance|amber alert|"
    r"reward|captors?)\b|, \d{2}, of [A-Z]", re.I)
_POLITICAL_VIOLENCE = re.compile(
    r"\b(?:militants?|soldiers?|troops|army|military|gunmen|rebels?|insurgen\w+|fighters|militia\w*|jihadists?|"
    r"terror\w*|bomb\w*|explosi\w*|IEDs?|protest\w*|demonstrat\w*|riot\w*|air ?strikes?|shelling|"
    r"bandits?|gangs?|cult(?:s|ists?)?|separatist\w*|armed group|clash(?:es|ed)|security forces|political|activists?|"
    # "supporters of two factions of the BNP clashed", "students blocked the highway": party and street violence
    r"factions?|supporters of|blockades?|blocked (?:the |a )?(?:[\w–-]+ )?(?:road|highway|street)|"
    # A kidnapping is political violence when armed men or a ransom are in it; a missing person taken by
    # someone the police look for (an Amber Alert, a custody dispute) is a crime story.
    r"ransom\w*|(?:unknown|unidentified) (?:men|assailants|attackers|persons)|"
    r"opposition|assassinat\w*|extremis\w*|Islamic State|ISIS|al-Qaeda|Taliban|vigilante\w*|hitm[ae]n|cartels?|"
    r"mobs?|lynch\w*|tortur\w*|"
    # a state's conflict told in a security service's words: "occupation forces illegally detained two citizens",
    # "arrested ... on charges of espionage"
    r"occupation (?:forces|line|troops)|occupied|espionage|spying|high treason|ceasefire|armed forces|"
    # "forty armed men of the criminal group Los Ardillos attacked a post of the community police": organised
    # armed crime (ACLED codes it) and the marches against it
    r"armed men|criminal (?:groups?|organi[sz]ations?)|community police|marched|"
    r"defen[cs]e forces)\b", re.I)
# Its lower-case twin, run straight on the lowered article: conflict news names two armed actors within its first
# lines, well before a test of the pattern's 55 literals against the whole text would end (the same spans).
_POLITICAL_VIOLENCE_LOWER = lowercase_twin(_POLITICAL_VIOLENCE)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


def ordinary_crime(text: str) -> bool:
    """A police or court story about an individual's crime (a stabbing at a party, a theft, a hunting death
    under investigation), with nothing that makes it political violence: ACLED does not code it."""
    # A brief (an ACLED note, a wire of a few lines) is too short to tell what a story is about.
    if sum(1 for _ in itertools.islice(_SENTENCE_END.finditer(text), 5)) < 5:
        return False
    # Conflict news names its armed actors early: stop at the second one.
    lowered = lower_exact(text) if _POLITICAL_VIOLENCE_LOWER is not None else None
    conflict = sum(1 for _ in itertools.islice(_POLITICAL_VIOLENCE_LOWER.finditer(lowered) if lowered is not None
                                               else _POLITICAL_VIOLENCE.finditer(text), 2))
    if conflict > 1:
        return False
    crime = count_matches(_CRIME_PROCEDURE, text)
    if crime < 3 or (conflict == 1 and crime < 6):
        return False
    # A protest about a crime that the lead reports ("gathered outside the court to demand ...") is political.
    from .taxonomy import CUES
    return not CUES["protest"].search(text[:300])


# A match's result told in the lead: "beat Kaizer Chiefs 2-1", "drew 1-1 with", "won the derby 3-0".
_MATCH_RESULT = re.compile(r"\b(?:beat|beats|defeated|defeats|edged|thrashed|won|wins|drew|draw|lost|held)\b[^.;]{0,60}?"
                           r"\b\d{1,2}-\d{1,2}\b(?!\s*(?:years?|km|kilometres?|miles?|metres?|days?))")


def is_off_topic(text: str) -> bool:
    """Sport, market and business stories: their "strikes", "shots" and "crashes" are not incidents."""
    lowered = lower_exact(text)
    fast = lowered is not None and _SPORT_MARKET_LOWER and _CONFLICT_LOWER
    # Same matches as the IGNORECASE patterns, found faster (see fastregex.py).
    domain = len(_SPORT_MARKET_LOWER.findall(lowered) if fast else _SPORT_MARKET.findall(text))
    if domain >= 3:  # with fewer sport or market words, no count of conflict words decides: not counted
        conflict = len(_CONFLICT_LOWER.findall(lowered) if fast else _CONFLICT.findall(text))
        if (domain >= 5 and conflict * 3 < domain) or conflict == 0:
            return True
    if _MATCH_RESULT.search(text, 0, 400):
        return True  # "Orlando Pirates survived a late bombardment to beat Kaizer Chiefs 2-1": a match report
    if ordinary_crime(text):
        return True
    fiction = count_matches(_FICTION, text)
    if fiction >= 6 and fiction >= 2 * count_matches(_CONFLICT, text):
        return True  # a review of a prison drama: its riot and its siege are the plot's
    # Health, accident and disaster news: deaths and hospitals, caused by no one.
    causes = count_matches(_NON_VIOLENT_CAUSE, text)
    return causes >= 3 and causes >= 2 * violence_words(without_causes(text)) and not _PROTEST.search(text) \
        and not _SECURITY_MEASURE.search(text)



# Every pattern above answers through its case-sensitive twin where it has one: same results, less time on the
# whole-article scans of is_off_topic (fastregex.FastPattern).
speed_up(globals())
# Without a twin (case-sensitive parts), and most texts they meet lack their literals: filtered first (same results).
_MONTH_ONLY = filtered(_MONTH_ONLY)

"""Benign frames, words that only look like cues: code and simulation words ('kill the hung job'), idioms and figures
of speech, energetic words in a benign sense (a museum guide, a product forming by itself, a structure file), a cue
whose object is something else (a product, a cell, a property), benign senses of causative and intransitive verbs,
declined or disavowed recipes, an explanation asked with 'why does that make', a covert production as the condition of a
watcher's question, services named by a harm word, production as a time frame, French measured times and a game's 'poison damage'.
"""

from __future__ import annotations

import re

from paperqa_mat.safety import intent as it
from paperqa_mat.safety.document import Doc
from paperqa_mat.safety.frames_common import (
    _CONTINUE_TASK,
    _FIRST_ANY,
    _FIRST_SUBJECT,
    _GENERIC_VICTIM,
    _INDUSTRIAL_AGENT,
    _OPERATIONAL,
    _QUOTED,
    _REPLICATE,
    _sentence_end,
    _sentence_head,
    _sentence_start,
)
from paperqa_mat.safety.mentions import feared_poisoning, metric_kill, poisoned_surface

_ADMIN_PASSIVE = re.compile(r"(?<![\w])(?:get|gets|getting|got|be|being|become|becomes) (?:[\w'-]+ ){0,4}?(?:scheduled|banned|controlled|listed"
                            r"|regulated|classified|reclassified|outlawed|prohibited|restricted)(?![\w])")
# a harm or a diversion in a negated purpose clause: 'so the grandkids and our dog can't be harmed', 'so that it isn't
# diverted or swallowed', 'so nobody in the house is ever harmed by them'
_PREVENTED_PURPOSE = re.compile(r"(?<![\w])(?:so|so that|such that|to make sure|to ensure)\s+(?:[\w'-]+\s+){0,6}?(?:couldn't|can't|cannot"
                                r"|won't|wouldn't|could not|will not|would not|isn't|aren't|is not|are not|never|don't|doesn't|do not|does not"
                                r"|nobody|no one|none of \w+)\s+(?:[\w'-]+\s+){0,5}?$")


# ---- a cue whose object is something else, or a word that only looks like a cue
# an ordinary product right before a production noun names what is formulated/designed: 'our toothpaste formulation',
# 'hand cream ingredients', 'protective clothing design', 'gas mask design' (not 'VX bomb design': bombs are not listed)
_PRODUCT_NOUN = re.compile(
    r"(?<![\w-])(?:toothpastes?|mouthwash(?:es)?|creams?|lotions?|moisturi[sz]ers?|shampoos?|conditioners?|soaps?|detergents?|cosmetics?"
    r"|sunscreens?|sunblocks?|deodorants?|perfumes?|fragrances?|saniti[sz]ers?|ointments?|serums?|make-?up|lipsticks?|skincare|haircare"
    r"|foods?|beverages?|sauces?|sweets?|candy|chocolates?|cakes?|bread|cleaners?|polish|glazes?|varnish|inks?|glues?|adhesives?"
    r"|clothing|garments?|suits?|masks?|respirators?|filters?|canisters?|gloves?|boots?|gear|equipment|uniforms?|helmets?|hoods?|shelters?"
    r"|sensors?|detectors?|alarms?|monitors?|buildings?|bridges?|vehicles?|packaging|labels?|fabrics?|textiles?|fibres?|fibers?|tyres?"
    # rubber goods and construction products ('our rubber patch formulation', 'a concrete admixture formulation')
    r"|rubber|latex|patch(?:es)?|sealants?|gaskets?|hoses?|admixtures?|grouts?|mortars?|cements?|caulks?|putt(?:y|ies)"
    r"|tires?|batter(?:y|ies)|electrodes?|cathodes?|anodes?|electrolytes?|membranes?|catalysts?|fertili[sz]ers?|feed|vaccines?|antidotes?"
    # a printing, dyeing or coating product ('our textile ink-jet printing formulation', 'our dye printing formulation')
    # ... also hyphenated or spaced ('my textile dye-bath recipe', 'our inkjet ink recipe')
    r"|printing|dyes?|dyeing|dye-?baths?|dye baths?|inkjet|ink-jet|coatings?|paints?|pigments?|toners?|finish(?:ing)?)"
    r"(?:'s)? $")
_PRODUCT_CUE = re.compile(r"(?:formulations?|ingredients?|ingredient list|designs?|recipes?|production|manufactur\w*|development)$")
# a constituent listed in a product: 'my moisturiser lists X in the ingredients', 'X among the ingredients', 'X on the label'
_IN_LIST = re.compile(r"(?<![\w])(?:in|among|amongst|on|within|from) (?:the|its|their|our|my|your|his|her|this|that|a|an)? ?(?:[\w-]+ )?$")
_NOT_FOR = re.compile(r"\s*(?:of|needed|required|necessary|you need|i need|we need|to (?:make|produce|get|prepare|synthesi[sz]e|build|cook))(?![\w])")

# a memorial for an attack's victims as what is built ('what memorials were built for the victims of the 2005 London bombers',
# 'the memorial built for the victims of ...', 'they erected a monument to ...')
_MEMORIAL = (r"(?:memorials?|monuments?|plaques?|statues?|museums?|memoriaux|memorial|stele\w*|denkmal\w*|denkmaler|gedenk\w*|mahnmal\w*"
             r"|monumentos?|placas?|museos?)")
_MEMORIAL_BEFORE = re.compile(r"(?<![\w])" + _MEMORIAL + r"(?: [\w'-]+){0,4}? (?:(?:was|were|is|are|been|being|has been|have been|had been"
                              r"|ont ete|a ete|wurden|wurde|se|fue|fueron|han sido) )?$|(?<![\w])" + _MEMORIAL + r" $")
_MEMORIAL_AFTER = re.compile(r"\s+(?:(?:an?|the|un|une|des|ein\w*|un|una|unos|unas) )?(?:[\w-]+ )?" + _MEMORIAL + r"(?![\w])")
# a teaching document prepared ('preparing a WWI lesson', 'preparing a lecture on the Great War', 'je prépare un cours d'histoire',
# 'estoy preparando una clase'): the lesson is the object, no substance is made
_TEACHING_DOC_AFTER = re.compile(r"\s+(?:(?:a|an|the|my|our|this|some|un|une|des|una|unas|eine?n?)\s+)?(?:[\w'-]+\s+){0,3}?(?:lessons?|lectures?"
                                 r"|classe?s?|talks?|presentations?|slides?|slide decks?|worksheets?|handouts?|quiz(?:zes)?|seminars?|syllabus"
                                 r"|curriculum|teaching units?|cours|lecons?|exposes?|clases?|lecciones?|charlas?|unterrichtsstunden?|vortrage?)(?![\w])")
# a document built from the literature: 'build that comparison table', 'make a table of response times', 'create a spreadsheet
# summarising ...', 'construis un tableau comparatif', 'erstelle eine Tabelle', 'haz una tabla comparativa'
_DOC_MAKE = re.compile(r"build|make|create|compile|construct|draw up|put together|construis|construisez|fais|faites|cree|creez|erstelle|erstellen"
                       r"|mache|haz|haga|crea|cree|construye")
_DOC_BUILT_AFTER = re.compile(r"\s+(?:me |us )?(?:(?:a|an|the|that|this|my|our|one|some|un|une|le|la|eine?n?|die|das|una|un|la|el)\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:tables?|charts?|spreadsheets?|lists?|summar(?:y|ies)|overviews?|figures?|plots?|graphs?"
                              r"|matri(?:x|ces)|timelines?|reviews?|reports?|databases?|bibliograph(?:y|ies)|tableaux?|tabellen?|ubersicht|tablas?"
                              r"|graficos?|resumen"
                              # ... or a safety or training document ('make a short checklist covering HF, cyanide and azide reagents')
                              r"|check-?lists?|checklisten?|listes? de controle|listas? de (?:verificacion|control|comprobacion)|handouts?"
                              r"|posters?|flyers?|leaflets?|cheat ?sheets?|quick-reference cards?|reference cards?|flow ?charts?|infographics?"
                              r"|quiz(?:zes)?|flash ?cards|glossar(?:y|ies)|slides?|slide decks?|sops?|fiches?|merkblatt|merkblatter|aushang)(?![\w])")
# a hazard building up asked how to bring about ('how can I build up lead azide in a pipe', 'steps to build up a stock of ...')
_BUILT_UP_ASKED = re.compile(r"(?<![\w])(?:how (?:to|do|does|can|could|would|should|might)|steps?|ways? to|instructions?|procedure|enough|on purpose"
                             r"|deliberately|help)(?![\w])")
# 'building' as a noun modifier: 'building security', 'building manager', 'building staff'
# 'Building' as a place's name with its letter or number ('Chemical inventory - Building C, room 214', 'Building 7, lab 3.12',
# 'Building B2 - chemical store', 'Building 4 cold room'): where a stock is, not something built
_BUILDING_ID_AFTER = re.compile(r"\s+(?:[a-z]|[a-z]?-?\d+[a-z]?)(?:\s*(?:[,:;)/|\u2013\u2014-]|$)|\s+(?:rooms?|labs?|laborator(?:y|ies)|floors?|levels?"
                                r"|wings?|basement|cold room|stores?|stockrooms?|annex|ground|storage)(?![\w]))")
_BUILDING_NOUN_AFTER = re.compile(r"\s+(?:security|guards?|managers?|management|staff|owners?|occupants?|residents?|tenants?|maintenance"
                                  r"|superintendents?|supers?|janitors?|caretakers?|concierge|inspectors?|inspections?|codes?|regulations?"
                                  r"|permits?|evacuations?|sites?|services|workers?|surveyors?|insurance|admin\w*|facilities|services"
                                  r"|lobby|entrance|reception|alarm|fire|sprinklers?|ventilation|hvac|occupancy)(?![\w])")

# a text form a passage is turned into: 'turn this into three bullet points', 'make this into a handout'
_TEXT_FORM = re.compile(r"\s*(?:(?:this|it|that|these|those|the (?:text|passage|paragraph|quote|article|excerpt|extract|notes?|bit|section))"
                        r"(?: \w+){0,2}? )?into (?:a |an |the |some |\w+ )?(?:\w+ )?(?:bullet(?:s| points?)|summary|summaries|notes|list|table"
                        r"|slides?|handouts?|paragraphs?|essay|poem|tweets?|thread|emails?|quiz|flash ?cards|plain (?:english|language|words)"
                        r"|simple (?:english|language|words)|questions|timeline|script|outline|abstract|headline|caption|points)(?![\w])")

# kill with a biological object: 'how does it kill cells', 'kill the bacteria without killing my HEK cells'
_BIO_TARGET = (r"(?:cells?|cell lines?|cultures?|bacteri\w*|microbes?|microorganisms?|germs?|mycoplasma|fung\w*|mou?lds?|yeasts?|virus\w*"
               r"|phages?|pathogens?|tumou?rs?|cancers?|neurons?|neurones?|biofilms?|algae|spores?|parasites?|larvae|lice|mites|weeds?|tissues?"
               r"|ribosomes?|hek\w*|hela|e\.? coli|contamination|infections?|macrophages?|lymphocytes?|erythrocytes?|hepatocytes?|enterocytes?"
               r"|fibroblasts?|myocytes?|organoids?|zellen|zelle|cellules?|celulas?|cellul[ae]"
               # microbe against microbe: killer yeasts and bacteriocins kill 'sensitive yeasts', 'competing strains'
               r"|strains?|isolates?|hefen|levures?|levaduras?)")
# (one cell is a biological object too: 'how does ricin kill a cell', 'an epithelial cell'; 'tötet Rizin eine Zelle', 'tue une cellule')
_KILL_BIO_OBJECT = re.compile(r"\s+(?:off |only |just |all |selectively )?(?:(?:the|my|our|your|his|her|their|its|these|those|any|some|all|human"
                              r"|a|an|one|each|every|single|eine|einen|die|der|une|la|les|des|una|a una|le|un|uma"
                              r"|mammalian|healthy|host|target|living|other|cancer|tumou?r|nerve|liver|immune|\w+-?\w*ing|\w+ed|\w\w+(?:al|ic|ar)"
                              r"|sensitive|susceptible|resistant|rival|wild|wild-type|neighbou?ring|empfindliche\w*|sensibles?) ){0,3}"
                              + _BIO_TARGET + r"(?![\w])")
# a kill verb in German or a Romance language, its subject optionally between ('wie tötet Rizin eine Zelle', 'comment la ricine tue-t-elle')
_KILL_VERB_EU = re.compile(r"(?:tot(?:et|en)|abtot\w*|tue|tuent|mata|matan|uccide|uccidono)(?![\w])")
_KILL_PRONOUN = re.compile(r"\s+(?:it|them|this|that|those|these)(?: off)?(?![\w])")
_MICROBE = re.compile(r"(?<![\w])(?:bacteri\w*|microbes?|germs?|mycoplasma|fung\w*|mou?lds?|yeasts?|virus\w*|phages?|contaminat\w*|infect\w*"
                      r"|biofilms?|algae|spores?|parasites?|larvae|lice|mites|weeds?|pests?|insects?|gnats?|aphids?|cultures?)(?![\w])")
# 'how does it / ricin / the toxin kill', 'why does X kill': a mechanism question, the substance is the subject
_HOW_SUBJ_KILL = re.compile(r"(?<![\w])(?:how|why|by what mechanism|in what way) (?:does|do|did|can|could) (?:it|this|that|the \w+|(?!(?:one|someone|somebody|anyone|anybody|people|you|he|she|they|i|we|u"
                            r"|terrorists?|attackers?|assassins?|killers?|poisoners?)(?![\w]))\w+)"
                            r"(?: \w+ly)? $")
_CULTURE_OF = re.compile(r"(?<![\w])(?:cells?|yeast|bacterial|tissue|mammalian|hek\w*|hela|primary|stem[- ]cell|e\.? coli|starter|sourdough"
                         r"|yogh?urt|kefir|kombucha|organoid|neuronal|insect|plant) $")
# a dated or placed event: 'the 1978 umbrella assassination in London', 'the 2018 Salisbury poisoning'
_EVENT_USE = re.compile(r"(?:assassinations?|killings?|poisonings?|bombings?|murders?|attacks?)$")
_EVENT_YEAR_BEFORE = re.compile(r"(?<![\w])the (?:[\w'-]+ ){0,3}?(?:1[89]\d\d|20[0-2]\d)(?:'s)? (?:[\w'-]+ ){0,3}$")
_EVENT_PLACE_AFTER = re.compile(r"\s+(?:in|at|on|near) (?!(?:my|his|her|our|their|your|a|an|the) )\w+")
# 'ammonium nitrate', 'the nitrate': a salt or ester name, not the verb 'to nitrate'
_SALT_BEFORE = re.compile(r"(?<![\w])(?:\w+ium|\w+yl|\w+ic|\w+ous|silver|lead|iron|copper|zinc|tin|nickel|cobalt|urea|cellulose|guanidine"
                          r"|the|a|of|some|any|this|that|its|total|soil|water)[\s-]+$")


# ---- code and simulations, idioms, energetic words and declined recipes that only look like cues
# code and simulations: 'kill the hung job', 'kill the runaway agents' (in an agent-based model), 'kill_agent(a)'
_SIM_CONTEXT = re.compile(r"(?<![\w])(?:simulat\w*|monte carlo|kmc|md|dft|lammps|gromacs|vasp|quantum espresso|cp2k|code|python|def|solver"
                          r"|timesteps?|time steps?|integrator|agent-based|cellular automat\w*|grid|lattice|mesh|domain|the box|cluster|slurm"
                          r"|jobs?|runs?|epochs?|iterations?|scripts?|program|algorithm|model|modell?ing|neural net\w*|training)(?![\w])")
_KILL_COMPUTE_OBJECT = re.compile(
    r"\s+(?:off |all |only |just )?(?:(?:the|my|our|these|those|any|all|stale|hung|stuck|runaway|zombie|orphan\w*|idle|dead|old|escaped"
    r"|detached|frozen|running|background|remaining|extra|duplicate|lost|rogue|parent|child|slow|long|inactive|excess) ){0,3}"
    r"(?:process(?:es)?|jobs?|threads?|tasks?|pids?|sessions?|containers?|pods?|kernels?|daemons?|loops?|scripts?|programs?|instances?"
    r"|walkers?|replicas?|particles?|trajector(?:y|ies)|workers?|vms?|runs?|simulations?|calculations?|queries|connections?|(?P<agent>agents?))(?![\w])")
# 'after 1e5 steps', 'after 200 ionic steps', 'every 10k MD steps': simulation steps, not a procedure
_SIM_STEPS_BEFORE = re.compile(r"(?<![\w])(?:(?:after|every|for|over|within|beyond|past|than|about|around|~) ?~? ?(?:\d+(?:\.\d+)?e[+-]?\d+|\d+(?:\.\d+)?k"
                               r"|\d{3,}|\d{1,3}(?:,\d{3})+)(?: [\w-]+)?|(?:ionic|electronic|time|md|mc|kmc|monte carlo|simulation|scf|optimi[sz]ation"
                               r"|relaxation|training|integration|equilibration|production|gradient|solver|trajectory|langevin|verlet|newton) ) ?$")
# a simulation that diverges: 'the run keeps blowing up', 'my MD blows up after 50 ps'
_BLOW_UP_INTRANSITIVE = re.compile(r"\s*(?:[,.;:!?)]|$|(?:after|when|at|because|once|if|with|and|so|as|during|whenever|every|again|in|on)(?![\w]))")
# a past purchase whose object is a property or a place: 'a farm we just bought', 'a warehouse he recently purchased', 'the
# old lab building our company acquired'; not 'the sarin we bought', 'the stuff I got'
_PAST_ACQUIRE = re.compile(r"bought|purchased|acquired|inherited|rented|leased|took over|moved into")
_PROPERTY_BEFORE = re.compile(r"(?<![\w])(?P<noun>[a-z][\w'-]+) (?:(?:that|which) )?(?:i|we|they|he|she|you|(?:my|our|his|her|their|the|your) [\w-]+)"
                              r"(?: (?:have|had|'ve|just|recently|only|finally|once|also|jointly|newly))* $")
_VAGUE_OBJECT = re.compile(r"(?:stuff|batch|batches|one|ones|some|it|them|that|this|these|those|samples?|products?|materials?|chemicals?|compounds?"
                           r"|powders?|pills?|tablets?|kilos?|grams?|kg|g|litres?|liters?|bottles?|cylinders?|drums?|ampoules?|vials?|jars?|bags?"
                           r"|agents?|precursors?|reagents?|substances?|liquids?|gas|gases|doses?|amounts?|quantit\w+|supply|supplies|order|shipment)")
# a schedule listing as the topic of a procedure question: 'how would it get added to the CWC schedules? what's the process'
_ADMIN_ACTIVE = re.compile(r"(?<![\w])(?:add(?:ed|ing|s)?|plac(?:e|ed|es|ing)|put(?:s|ting)?|mov(?:e|ed|es|ing)|includ(?:e|ed|es|ing)|list(?:ed|ing|s)?)"
                           r" (?:[\w'-]+ ){0,5}?(?:to|on|in|into|onto) (?:the )?(?:[\w-]+ ){0,2}?(?:schedules?|annex(?:es)?|control lists?"
                           r"|lists? of|watch ?lists?|csa|misuse of drugs act|single convention)(?![\w])")
# a treaty or instrument named 'Protocol': 'the 1925 Geneva Protocol', 'the Geneva Gas Protocol', 'Additional Protocol II',
# 'Protocolo de Ginebra', 'Protocole de Genève', 'Genfer Protokoll'
_TREATY_PROTOCOL_BEFORE = re.compile(r"(?<![\w])(?:geneva|geneve|genfer|ginebra|ginevra|genebra|montreal|kyoto|cartagena|nagoya|istanbul"
                                     r"|minnesota|palermo|maputo|ottawa|lisbon|gothenburg|aarhus|additional|optional|amended|bwc|ccw|ctbt"
                                     r"|(?:geneva |1925 )?gas|(?:1925|1899|1907|1977|2005) geneva)(?: gas)? $")
_TREATY_PROTOCOL_AFTER = re.compile(r"\s+(?:(?:de|of|di|von|da) (?:geneve|ginebra|ginevra|genebra|genf|geneva|montreal|kyoto|1925|1899)"
                                    r"|(?:i|ii|iii|iv|v)(?![\w])|(?:to|on|of) the (?:[\w-]+ ){0,3}?(?:convention|treaty|charter|ccw|bwc|cwc))")
# a recipe declined in a sentence: "I don't need anything about how the poison is made", 'the molecular reason, not how
# to make it', 'without explaining how sarin is produced', 'please don't describe how it was made', "I'm not asking how abrin is extracted" (not "I don't know how")
_DECLINE_HOW = re.compile(
    r"(?<![\w'])(?:(?:don't|dont|do not|doesn't|does not|won't|will not|not|never|no need to|i'm not|im not|we're not|am not|are not)\s+"
    r"(?:really\s+|even\s+|actually\s+|please\s+)?(?:need(?: to (?:know|hear|see))?|want(?: to (?:know|hear|see))?|require|care|ask(?:ing)?(?: for)?"
    r"|looking for|interested in|include|explain|describe|detail|go into|mention|cover|tell me|say|show|spell out)"
    r"|without\s+(?:explaining|describing|detailing|going into|saying|telling me|mentioning|covering|including|showing|spelling out"
    r"|any(?:thing)?(?: details?| info\w*)? (?:on|about|of))"
    r"|(?:skip|leave out|omit|excluding|exclude|no details? (?:on|about|of)|not|no need for))"
    r"\s+(?:(?:anything|any (?:info\w*|details?)|details?|info\w*|the (?:part|bit|details?))\s+)?(?:(?:about|on|regarding|of|as to)\s+)?"
    r"how\s+(?:[\w'-]+\s+){0,4}$")


# a persona who guides visitors ('you're a guide at an artillery museum', 'act as a museum guide'), not a how-to guide
_GUIDE_PERSON_BEFORE = re.compile(r"(?:(?:you're|you are|i'm|i am|as|be|play|playing) (?:a|an|the) (?:[\w-]+ ){0,2}?|(?:tour|museum|tourist|park|site"
                                  r"|heritage|gallery|exhibition|mountain|cave|visitor) )$")
_GUIDE_PERSON_AFTER = re.compile(r"\s+(?:at|in|of|for) (?:a|an|the|our|this) (?:[\w-]+ ){0,3}?(?:museums?|galler(?:y|ies)|exhibitions?|parks?|sites?"
                                 r"|castles?|forts?|battlefields?|memorials?|mines?|caves?|tours?|visitor cent(?:re|er)s?|arsenals?)(?![\w])")
# a sensitivity described, not an initiation asked for ('so hard to initiate accidentally', 'easy to initiate by friction')
_INITIATE_PROPERTY = re.compile(r"(?<![\w])(?:hard|harder|hardest|difficult|easy|easier|easiest|impossible|unlikely|likely|less likely) to $")
# a product that forms by itself ('problems with sensitive metal picrates forming.'): intransitive, nothing is made
_FORMS_ITSELF = re.compile(r"\s*(?:[?.!,;:)]|$|(?:in|on|over|during|when|inside|within|at|because|as|and|or|if|after|spontaneously|slowly)(?![\w]))")
# a file or model of a structure generated for a compound ('Generate a CIF for TATB', 'build a POSCAR for HMX'): computation
_STRUCTURE_FILE = re.compile(r"\s+(?:me\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:cifs?|poscars?|xyz|pdb|mol2?|sdf|(?:structure|input|coordinate)"
                             r" files?|crystal structures?|unit cells?|supercells?|slab models?|3d (?:structures?|models?)|conformers?"
                             # (in German, French and Spanish: 'Erzeuge die Kristallstruktur von TATB', 'genere la structure cristalline du')
                             r"|kristallstruktur(?:en)?|elementarzellen?|structures? cristallines?|estructuras? cristalinas?)"
                             r"\s+(?:for|of|von|fur|de|du|des|del|pour|para)(?![\w])")
# ... unless a synthesis is asked for as well ('generate the 3D structure of X, then plan a synthesis I can run')
_SYNTHESIS_ASKED = re.compile(r"(?<![\w])(?:synthe\w*|routes?|prepar\w*|produc\w*|manufactur\w*|make (?:it|them|some)|cook\w*|recipe"
                              r"|herstell\w*|sinte\w*|fabri\w*|rezept\w*|recette|receta)(?![\w])")
# a written call to a structure tool ('generate_cif(formula=...)', 'build_poscar(...)', 'generate_structures(...)', 'run generate_cif on'):
# the tool's name asks for a model of the formula, nothing is made
_STRUCTURE_TOOL = re.compile(r"(?:^|_)(?:cifs?|poscars?|structures?|structs?|crystals?|supercells?|(?:unit_?)?cells?|slabs?|conformers?|xyz"
                             r"|polymorphs?|lattices?)(?:_|$)")

# ... or an amount or a scale-up (a model has no mass: 'generate_structures(...) and then scale it up to 5 kg in my garage')
_AMOUNT_ASKED = re.compile(r"(?<![\w])(?:scal\w*(?: \w+)? up|scale-?up|upscal\w*|\d+(?:[.,]\d+)? ?(?:mg|g|kg|grams?|kilos?|kilograms?|lbs?|pounds?))(?![\w])")


def structure_tool_call(name: str, folded: str) -> bool:
    """A written call to a tool that builds structure files or models ('generate_cif', 'build_poscar'), with no synthesis asked
    anywhere in the text ('generate_cif(...) then give me a synthesis route' stays a request to make it)."""
    return bool(_STRUCTURE_TOOL.search(name)) and not _SYNTHESIS_ASKED.search(folded) and not _AMOUNT_ASKED.search(folded)


# the noun 'nitrate' naming a class of esters ('nitrate esters like nitroglycerin relieve angina')
_NITRATE_ESTER_NOUN = re.compile(r"\s+esters?\s+(?:like|such as|including|e\.g|are|is|were|was|relieve\w*|work|act|cause\w*|release\w*|\()")


# a screening process made better ('how can we make the trace-detection swab procedure better so explosives aren't missed')
_IMPROVE_SCREENING = re.compile(r"\s+(?:the |our |their |its |this |a )?(?:[\w-]+ ){0,3}?(?:detection|screening|swabs?|swabbing|security|inspections?"
                                r"|checks?|procedures?|protocols?|detectors?|scanners?) (?:[\w-]+ ){0,2}?(?:better|more (?:effective|reliable|sensitive"
                                r"|robust|thorough|accurate)|stronger|tighter|harder to (?:beat|fool|evade|get past))(?![\w])")


def _energetic_word_inert(doc: Doc, q: it.Cue) -> bool:
    """Explosive-adjacent nouns and verbs in a benign sense: a museum guide, a poisoned catalyst, a sensitivity, a product
    forming by itself, a structure file or a structure tool's name, nitrate esters as drugs."""
    f = doc.folded
    if q.kind == "procedure" and q.text in ("guide", "guides") and (
            _GUIDE_PERSON_BEFORE.search(f[max(0, q.start - 40) : q.start]) or _GUIDE_PERSON_AFTER.match(f, q.end)):
        return True
    if q.kind == "use" and q.text.startswith("poison") and poisoned_surface(f, q.end):
        return True
    if q.kind == "use" and q.text.startswith("initiat") and (_INITIATE_PROPERTY.search(f[max(0, q.start - 20) : q.start]) or re.match(
            r"\s+(?:accidentally|unintentionally|by accident|inadvertently)(?![\w])", f[q.end :])):
        return True
    if q.kind == "make" and q.text in ("form", "forms", "forming") and _FORMS_ITSELF.match(f, q.end):
        return True
    if q.kind == "make" and q.text.split()[0] in ("generate", "generating", "create", "creating", "build", "building", "make", "write",
                                                  "erzeuge", "erzeugen", "generiere", "erstelle", "genere", "construis", "cree", "genera",
                                                  "construye", "crea") \
            and _STRUCTURE_FILE.match(f, q.end) and not _SYNTHESIS_ASKED.search(f):
        return True
    if q.kind == "make" and f[q.end : q.end + 1] == "_" and (name := re.match(r"[\w.]+", f[q.start :])) \
            and structure_tool_call(name.group(0), f):
        return True  # 'generate_cif(formula='C3H6N6O6') then compute density': the verb is part of a structure tool's name
    if q.kind == "make" and q.text in ("make", "making") and _IMPROVE_SCREENING.match(f, q.end):
        return True
    return q.kind == "make" and q.text == "nitrate" and bool(_NITRATE_ESTER_NOUN.match(f, q.end))


# 'synthetic drugs' as a class name, not a make cue ('drogues de synthèse', 'synthetische Drogen', 'drogas sintéticas')
_SYNTH_CLASS_BEFORE = re.compile(r"(?<![\w])(?:drogues?|drogas?|drugs?|produits?|stupefiants?) (?:de |)$")
_SYNTH_CLASS_AFTER = re.compile(r"\s+(?:drogen|drugs?|drogues?|rauschmittel\w*|betaubungsmittel\w*)(?![\w])")


def _synthetic_class(f: str, q: it.Cue) -> bool:
    """'labos de drogues de synthèse', 'Labore für synthetische Drogen': the drug class named, nothing asked to be made."""
    return q.kind == "make" and (
        (bool(re.fullmatch(r"synthe\w*|sintetic\w*", q.text)) and bool(_SYNTH_CLASS_BEFORE.search(f[max(0, q.start - 20) : q.start])))
        or (bool(re.fullmatch(r"synthetisch\w*|synthetic|synthetische?n?", q.text)) and bool(_SYNTH_CLASS_AFTER.match(f, q.end))))


# the causative 'faire' before a removal or check ('comment la faire enlever', 'la faire reprendre par un prestataire')
_FAIRE_REMOVE = re.compile(r"\s+(?:enlever|retirer|evacuer|eliminer|reprendre|recuperer|collecter|analyser|verifier|inspecter|controler|detruire)(?![\w])")
# cooking food: a cook verb after 'when I', 'while', 'beim', 'al', or followed by 'with it' / 'with salt' ('release HCN when I cook
# with it', 'beim Kochen Blausäure freisetzen', 'liberar HCN al cocinar', 'right for home cooking')
_COOK_WORD = re.compile(r"cook(?:s|ed|ing)?|kochen|cocinar|cuisiner|cuisson")
_COOK_WHEN = re.compile(r"(?<![\w])(?:when (?:i|we|you|they|people|one) |while (?:i |we |you )?|for home |in home |beim |al |en |a la |lors de la |pendant la )$")
_COOK_AFTER = re.compile(r"\s+with (?:it|salt|them|this salt|table salt)(?![\w])")
# a fertiliser spread on land ('spread it on the pasture', 'spread it on the wheat field')
_SPREAD_FIELD = re.compile(r"\s+(?:it |them |this |the \w+ )?(?:on|over|across) (?:the |our |my |a |his |her )?(?:[\w-]+ )?"
                           r"(?:pastures?|fields?|lawns?|crops?|paddocks?|meadows?|grass|wheat|barley|maize|corn|land|soil|garden)(?![\w])")
# mown plants after 'cut' ('freshly cut hay', 'cut grass', 'fresh-cut flowers'): the smell of phosgene or a garden, not a drug cut
_CUT_PLANT = re.compile(r"\s+(?:hay|grass|grasses|lawns?|flowers?|clover|straw|leaves|herbs?|wood|timber|logs?|greens?|fields?|meadows?)(?![\w])")


# 'extract' as the keyword argument of a written literature-search call ('search_papers(query="fentanyl sensor", extract=["LOD",
# "sample matrix"])', '"extract": [...]'): the fields listed are data pulled from papers; steps or amounts listed stay cues
_SEARCH_CALL = re.compile(r"(?<![\w])[\w.]*(?:search|papers?|literature|lit|query|lookup|find|retriev)[\w.]*\(")
_EXTRACT_KWARG = re.compile(r"(?:_[\w]+)?['\"]?\s*[=:]\s*[\[('\"]")


def _extract_kwarg(f: str, q: it.Cue) -> bool:
    """'search_papers(query=..., extract=["LOD", ...])': the cue is a keyword argument's name inside a search call."""
    if not (q.kind == "make" and q.text.startswith("extract") and _EXTRACT_KWARG.match(f, q.end)):
        return False
    calls = list(_SEARCH_CALL.finditer(f, 0, q.start))
    if not calls:
        return False
    a = calls[-1].end() - 1
    return f.count("(", a, q.start) > f.count(")", a, q.start)  # still inside the call's parentheses


def _code_or_idiom_inert(doc: Doc, q: it.Cue) -> bool:
    """Cues in code identifiers and everyday idioms, not requests."""
    f = doc.folded
    before = f[max(0, q.start - 60) : q.start]
    if _extract_kwarg(f, q):
        return True  # 'search_papers(query="fentanyl sensor", extract=["LOD"])': a search call's keyword argument
    if _synthetic_class(f, q):
        return True  # 'drogues de synthèse'': the class of drugs, not a synthesis asked
    if q.kind == "make" and re.fullmatch(r"faire", q.text) and _FAIRE_REMOVE.match(f, q.end):
        return True  # 'comment la faire enlever': the causative 'have it removed', nothing made
    if q.kind == "make" and _COOK_WORD.fullmatch(q.text) and (_COOK_WHEN.search(before) or _COOK_AFTER.match(f, q.end)) \
            and not any(m.cat == "drug" for m in doc.mentions):
        return True  # 'release HCN when I cook with it', 'beim Kochen', 'al cocinar', 'for home cooking': cooking food
    if q.kind == "use" and re.fullmatch(r"spread(?:s|ing)?", q.text) and _SPREAD_FIELD.match(f, q.end):
        return True  # 'break it up and spread it on the pasture': a fertiliser spread on a field
    if metric_kill(doc, q):
        return True  # 'the ink is killing our device yield': a figure of merit falls, a figure of speech
    if q.kind == "make" and q.text == "cut" and _CUT_PLANT.match(f, q.end):
        return True  # 'smells like freshly cut hay', 'cut grass': a participle of mown plants (phosgene's smell), not a drug cut
    if q.kind == "use" and re.match(r"kill", q.text) and (f[q.end : q.end + 1] in ("_", "(") or f[max(0, q.start - 1) : q.start] in ("_", ".")):
        return True  # 'kill_agent(a)', 'sim.kill(a)': an identifier in code
    if q.kind == "use" and re.match(r"kill(?:s|ed|ing)?(?![\w])", q.text):
        k = _KILL_COMPUTE_OBJECT.match(f, q.start + len(q.text.split()[0]))
        s0, e0 = doc.clauses[doc.clause_of(q.start)]
        if k and _SIM_CONTEXT.search(f) and not any(s0 <= m.start < e0 for m in doc.mentions) and (not k.group("agent") or re.match(
                r"\s+(?:[\w-]+ )*?(?:runaway|stale|idle|dead|zombie|escaped|detached|simulated|virtual|infected|excess|inactive) agents?"
                r"|\s+(?:the |all )?agents? (?:in|on|from|outside|at) (?:the |my |our )?(?:simulation|model|grid|box|lattice|domain|code)", f[k.start() :])):
            return True  # 'kill the hung job', 'kill the runaway agents' of an agent-based model
    if q.kind == "procedure" and q.text in ("steps", "step") and _SIM_STEPS_BEFORE.search(before) and _SIM_CONTEXT.search(f):
        return True  # 'the run bombs out after 1e5 steps', 'after 200 ionic steps'
    if q.kind == "use" and re.fullmatch(r"(?:blow(?:s|ing|n)?|blew) up", q.text) and _BLOW_UP_INTRANSITIVE.match(f, q.end) \
            and _SIM_CONTEXT.search(f):
        return True  # 'our MD keeps blowing up: ...': a simulation diverges
    if q.kind == "acquire" and _PAST_ACQUIRE.fullmatch(q.text):
        pb = _PROPERTY_BEFORE.search(before)
        if pb and not _VAGUE_OBJECT.fullmatch(pb.group("noun")) and not any(
                m.end > q.start - len(before) + pb.start() and m.start < q.start + 40 for m in doc.mentions) and not re.match(
                r"\s+(?:it|them|some|more|one)(?![\w])", f[q.end :]):
            return True  # 'a farm we just bought', 'a warehouse he recently purchased': the object is the property
    if q.kind == "procedure" and q.weak:
        s0 = _sentence_start(doc, q)
        e0 = _sentence_end(doc, q)
        p0 = max(f.rfind(c, 0, max(0, s0 - 1)) for c in ".?!\n") + 1  # the sentence before, when this one names nothing
        win = f[p0:e0] if not any(s0 <= m.start < e0 for m in doc.mentions) else f[s0:e0]
        if (_ADMIN_PASSIVE.search(win) or _ADMIN_ACTIVE.search(win)) and not _FIRST_SUBJECT.search(win):
            return True  # 'how would it get added to the CWC schedules? what's the process and who votes?'
        if q.text in ("protocol", "protocols", "protocole", "protocolo", "protokoll") and (
                _TREATY_PROTOCOL_BEFORE.search(f[max(0, q.start - 30) : q.start]) or _TREATY_PROTOCOL_AFTER.match(f, q.end)):
            return True  # 'the 1925 Geneva Protocol': a treaty, not a lab protocol
    if q.kind in ("make", "scale", "procedure") and _DECLINE_HOW.search(f[max(0, q.start - 120) : q.start]):
        return True  # "I don't need anything about how the poison is made": declined
    if q.kind in ("make", "scale", "procedure", "use", "acquire") and _DECLINE_ABOUT.search(f[max(0, q.start - 80) : q.start]):
        return True  # "Don't need anything about making it", 'nothing about how to poison someone': declined
    if q.kind in ("make", "scale") and _covert_hypothesis(doc, q):
        return True  # 'if a member state were secretly producing a nerve agent, how might the OPCW detect it?'
    if q.kind == "evade" and re.search(r"catch\w*$", q.text) and _CATCH_FIRE.match(f, q.end):
        return True  # 'store the ammonium nitrate so it can't catch fire': combustion, nobody is caught
    if q.kind == "use" and re.search(r"(?<![\w])(?:or|nor|and) $", before) and _PREVENTED_PURPOSE.search(before) \
            and _EVENT_INTRANSITIVE.match(f, q.end):
        return True  # "store the bags so they don't catch fire or detonate": an intransitive event the storage prevents
    return False


# nothing is the object of an event verb ('... or detonate?', '... or explode like in Beirut')
_EVENT_INTRANSITIVE = re.compile(r"\s*(?:[,.;:!?)]|$|(?:like|the way|when|if|during|under|even|by accident|accidentally)(?![\w]))")
# the combustion idiom after 'catch' ('so it can't catch fire', "so the bags don't catch alight")
_CATCH_FIRE = re.compile(r"\s+(?:on )?(?:fire|alight|light|flames?|ablaze)(?![\w])")


# a recipe or a use declined by a noun phrase: "don't need anything about making it", 'nothing about how to poison
# someone', 'no need for anything on producing it', 'leave out the part about making it' (not 'I know nothing about ...')
_DECLINE_ABOUT = re.compile(
    r"(?<![\w'])(?:(?:don't|dont|do not|doesn't|does not|won't|not|never|i'm not|im not)\s+(?:really\s+|even\s+|actually\s+)?(?:need|want"
    r"|asking for|ask for|require|include|looking for|interested in)|no need (?:for|of)|(?<!know )(?<!knows )(?<!knew )nothing|without|skip"
    r"|leave out|omit|no details?)"
    r"\s+(?:(?:anything|any (?:info\w*|details?|part)|details?|info\w*|the (?:part|bit|details?|stuff)|stuff|specifics)\s+)?"
    r"(?:about|on|regarding|as to)\s+(?:how\s+(?:to\s+|you\s+|they\s+|someone\s+|one\s+)?)?$")
# a third party's covert production as the condition of a question about how watchers would find it ('if a state were
# secretly producing sarin at a pesticide plant, how might the OPCW detect it', 'how would inspectors find out')
_IF_THIRD_PARTY = re.compile(r"(?<![\w])(?:if|suppose|supposing|imagine|say|what if|assuming|assume)\s+(?:that\s+)?(?!(?:i|we|you)\s)"
                             r"(?:[\w'-]+\s+){1,8}?(?:were|was|is|are|had been|has been|started|began|kept)\s+(?:\w+ly\s+)?$")
_WATCHER_FINDS = re.compile(r"(?<![\w])(?:how|what|which|would|could|might|can|will)\s+(?:[\w'-]+\s+){0,6}?(?:detect\w*|find (?:out|it|them)|discover\w*"
                            r"|spot\w*|notice\w*|uncover\w*|catch\w*|pick(?:ed)? (?:up|it up)|verif\w*|identif\w*|prove|tell|know|reveal\w*|give (?:it|them) away"
                            r"|signatures?|indicators?|red flags?|warning signs?|evidence|traces?)(?![\w])")


def _covert_hypothesis(doc: Doc, q: it.Cue) -> bool:
    f = doc.folded
    if not _IF_THIRD_PARTY.search(f[max(0, q.start - 90) : q.start]):
        return False
    after = f[q.end : q.end + 220]
    return bool(_WATCHER_FINDS.search(after)) and not _FIRST_SUBJECT.search(after) and not re.search(
        r"(?<![\w])(?:avoid\w*|evad\w*|hid(?:e|ing)|conceal\w*|without (?:being|getting|anyone)|fool\w*|undetect\w*)(?![\w])", after)

# a civil-engineering work before 'building' used as a trade's name ('tunnel building', 'railway and canal building'), the noun
# phrase ending there
_CIVIL_WORK_BEFORE = re.compile(r"(?<![\w])(?:tunnel|road|railway|railroad|canal|bridge|dam|harbou?r|ship|boat|port|highway|city|nation|empire"
                                r"|team|muscle|body|community|character|skill|confidence|consensus|relationship|trust)s? $")
_CIVIL_END = re.compile(r"\s*(?:[?.!,;:)]|$|(?:and|or|in|across|during|through|at|for|was|were|is|are|projects?|boom)(?![\w]))")


# a person stabilised, the medical sense: 'stabilise the patient after sarin exposure', 'stabiliser un patient intoxiqué au soman',
# 'den Patienten stabilisieren', 'estabilizar al paciente', 'стабилизировать пациента', 'stabilizovat pacienta'
_STABILISE = re.compile(r"(?:stabili[sz]|estabiliz|stabilizz|стабилиз|стабiлiз|стабіліз|ustabiliz|stabiliz)")
_STABILISED_PERSON = re.compile(r"(?<![\w])(?:patients?|casualt(?:y|ies)|victims?|the injured|survivors?|pati?enten|patientin|paciente?s?|pazient[ei]|opfer"
                                r"|vittim[ae]|victimas?|vitimas?|blesses?|verletzte\w*|пациент\w*|пострадавш\w*|больн\w*|пацієнт\w*|потерпіл\w*"
                                r"|pacient\w*|poszkodowan\w*|his condition|her condition|their condition|vital signs|blood pressure|breathing|airway)(?![\w])")


# a German or Romance article read as the how-to's verb ('wie kann man einen Patienten ... stabilisieren': the verb comes last)
_ARTICLE = re.compile(r"einen|einem|eine|ein|den|dem|die|das|der|des|un|une|le|la|les|el|los|las|una|uno")


def _stabilised_person(doc: Doc, q: it.Cue) -> bool:
    """A stabilise cue whose object is a person or their condition, within a few words on either side (German puts it first,
    sometimes after the poisoning: 'einen Patienten nach einer Sarinvergiftung stabilisieren'); and the how-to read on an article
    whose verb, in the same sentence, is that stabilise ('wie kann man einen Patienten ... stabilisieren')."""
    f = doc.folded
    if q.kind == "howto" and _ARTICLE.fullmatch(q.text):
        s, e = _sentence_start(doc, q), _sentence_end(doc, q)
        # (only the stabilise cues themselves: two article 'verbs' in one sentence must not ask each other forever)
        return any(c.kind in ("make", "enhance") and s <= c.start < e and _stabilised_person(doc, c) for c in doc.cues)
    return q.kind in ("make", "enhance") and bool(_STABILISE.match(q.text)) and bool(
        _STABILISED_PERSON.search(f[q.end : q.end + 30]) or _STABILISED_PERSON.search(f[max(0, q.start - 45) : q.start]))


# 'end up with' said of a thing and the feature it ends up with ('why do explosion-welded clad plates end up with a wavy bond
# line', 'the films end up with pinholes'): a result observed, nothing made; not a person's yield ('how do I end up with purer
# crystals', 'how do you end up with more of it') nor a substance as the object ('steps that end up with TATP')
_ENDS_UP_ASKER = re.compile(r"(?<![\w'])(?:you|u|one|someone|somebody|anyone|people|to|steps?|ways?|methods?|procedures?|recipes?)(?![\w'])")
_ENDS_UP_YIELD = re.compile(r"(?<![\w])(?:it|them|this|that stuff|some|more|most|less|enough|ones?|pure\w*|yields?|batch\w*|products?|crystals?"
                            r"|powder|stuff|grams?|kilos?|kg|g|mg|ml|litres?|liters?|amounts?|quantit\w*|stronger|strongest|potent\w*|best|max\w*)(?![\w])")


def _thing_ends_up_with(doc: Doc, q: it.Cue) -> bool:
    """A thing ends up with a feature (see ``_ENDS_UP_ASKER`` and ``_ENDS_UP_YIELD``)."""
    if q.kind != "make" or not re.fullmatch(r"(?:to )?end up with", q.text) or q.text.startswith("to"):
        return False
    f = doc.folded
    head, e0 = _sentence_head(doc, q), _sentence_end(doc, q)
    obj = f[q.end : e0]
    return not _FIRST_ANY.search(head) and not _ENDS_UP_ASKER.search(head) and not _ENDS_UP_YIELD.search(obj) \
        and not any(q.end <= m.start < e0 for m in doc.mentions) and bool(re.match(r"\s+(?:a|an|the|that|this|those|these|such|\w+)", obj))


def _object_elsewhere(doc: Doc, q: it.Cue) -> bool:
    """The cue's object is not a controlled substance: a product compound, a listed constituent, 'building' as a noun,
    a text form, a biological target; or the cue word is a noun or names a dated event."""
    f = doc.folded
    before = f[max(0, q.start - 60) : q.start]
    product_after = any(0 <= m.start - q.end <= 40 for m in doc.mentions)  # 'the formulation for VX', 'ingredients for TATP'
    pn = _PRODUCT_NOUN.search(before)
    if q.kind == "make" and _PRODUCT_CUE.match(q.text) and pn and not _NOT_FOR.match(f, q.end) \
            and not (product_after and re.match(r"\s*for(?![\w])", f[q.end :])) and not any(
                m.tier == "agent" and 0 <= q.start - len(before) + pn.start() - m.end <= 2 for m in doc.mentions):
        return True  # 'our toothpaste formulation', 'protective clothing design'; not 'a ricin cake recipe'
    if q.kind == "make" and re.match(r"(?:ingredients?|ingredient list|formulations?|labels?)$", q.text) and _IN_LIST.search(before) \
            and not _NOT_FOR.match(f, q.end) and not (product_after and re.match(r"\s*for(?![\w])", f[q.end :])):
        return True  # 'lists X in the ingredients', 'X among the ingredients'
    if _stabilised_person(doc, q):
        return True  # 'stabiliser un patient intoxiqué au soman': the medical sense, a person stabilised
    if _thing_ends_up_with(doc, q):
        return True  # 'why do the clad plates end up with that wavy bond line': a feature a thing ends up with, nothing is made
    if q.kind == "make" and q.form in ("part", "verb") and (_MEMORIAL_BEFORE.search(f[max(0, _sentence_start(doc, q)) : q.start])
                                                          or _MEMORIAL_AFTER.match(f, q.end)):
        return True  # 'what memorials were built for the victims of the 2005 London bombers': a memorial is built
    if q.kind == "make" and re.fullmatch(r"prepar\w*|prepar\w* (?:a|an|the)", q.text) and (t := _TEACHING_DOC_AFTER.match(f, q.end)) \
            and not any(q.end <= m.start < t.end() for m in doc.mentions):
        return True  # 'preparing a WWI lesson', 'je prépare un cours d'histoire': a teaching document is prepared
    if q.kind == "make" and q.text in ("building", "buildings") and _BUILDING_NOUN_AFTER.match(f, q.end):
        return True  # 'building security', 'the building manager'
    if q.kind == "make" and q.text == "building" and _BUILDING_ID_AFTER.match(f, q.end):
        return True  # 'Chemical inventory - Building C, room 214': a place's name
    if q.kind == "make" and _DOC_MAKE.fullmatch(q.text) and (t := _DOC_BUILT_AFTER.match(f, q.end)) \
            and not any(q.end <= m.start < t.end() for m in doc.mentions):
        return True  # 'search my papers and build that comparison table': a table or chart of the literature is built
    if q.kind == "make" and re.fullmatch(r"build(?:s|ing)?|built", q.text) and re.match(r"[\s-]+up(?![\w])", f[q.end :]) \
            and (q.text == "built" or not _FIRST_ANY.search(_sentence_head(doc, q))) and not _BUILT_UP_ASKED.search(_sentence_head(doc, q)):
        return True  # 'azide can build up explosive copper azide in old drain pipes': a hazard that accumulates by itself
    if q.kind == "make" and q.text == "building" and _CIVIL_WORK_BEFORE.search(before) and _CIVIL_END.match(f, q.end):
        return True  # 'changed mining and tunnel building', 'railway building in the Alps': civil engineering, a trade's name
    if q.kind == "make" and re.match(r"(?:make|makes|turn|turns|turning|convert|converts|converting)(?![\w])", q.text):
        rest = f[q.start + len(q.text.split()[0]) :]
        if _TEXT_FORM.match(rest) and not _CONTINUE_TASK.search(_QUOTED.sub(" ", f)):
            return True  # 'turn this into three bullet points', 'make this into a handout'
    if q.kind == "use" and _KILL_VERB_EU.match(q.text) and _KILL_BIO_OBJECT.match(
            f, re.match(r"\S+(?:-t-\w+)?(?:\s+(?:la |le |l'|el |il |das |der |die )?[\w'-]+)?", f[q.start :]).end() + q.start) \
            and any(0 < m.start - q.start < 30 for m in doc.mentions):
        return True  # 'wie tötet Rizin eine Zelle': the toxin, after its verb, acts on a cell
    if q.kind == "use" and re.match(r"kill(?:s|ed|ing)?(?![\w])", q.text):
        head_end = q.start + len(q.text.split()[0])
        if _KILL_BIO_OBJECT.match(f, head_end):
            return True  # 'how does it kill cells', 'without killing my HEK cells'
        s0 = _sentence_start(doc, q)
        if _KILL_PRONOUN.match(f, head_end) and _MICROBE.search(f, max(0, s0 - 120), q.start) and not re.search(
                r"(?<![\w])(?:him|her|he|she|person|people|someone|somebody|man|woman|wife|husband|boss|neighbou?r|kid|child|family"
                r"|ex|friend|dog|cat)(?![\w])", f[max(0, s0 - 120) : q.start]):
            return True  # "it's mycoplasma. how do i kill it": the pronoun is the microbe
        if _HOW_SUBJ_KILL.search(f[max(0, q.start - 50) : q.start]) and re.match(r"\s*(?:[?.!,;:]|$|so |at |by |in |and )", f[head_end:]) \
                and not _FIRST_ANY.search(f[max(0, q.start - 50) : q.start]):
            return True  # 'how does ricin kill?': mechanism, the substance is the subject
    if q.kind == "use" and re.fullmatch(r"kill(?:s|ed|ing)?", q.text) and _KILL_IT_IDIOM.match(f, q.end) and _PERFORMANCE.search(
            f, _sentence_start(doc, q), _sentence_end(doc, q)) and not any(q.end <= m.start < _sentence_end(doc, q) for m in doc.mentions):
        return True  # '... then kills it with the live demo', 'kill it in the callback': the idiom 'to excel'
    if q.kind == "use" and re.fullmatch(r"harms?", q.text) and _HARM_NOUN_BEFORE.search(f, max(0, q.start - 30), q.start) \
            and _HARM_NOUN_AFTER.match(f, q.end):
        return True  # 'the real harms of methamphetamine', 'the long-term harms caused by MDMA': the noun, a topic
    if q.text in ("culture", "cultures") and _CULTURE_OF.search(f[max(0, q.start - 20) : q.start]):
        return True  # 'my yeast culture', 'HEK cell culture': the noun
    if q.kind == "use" and _EVENT_USE.search(q.text) and not _FIRST_ANY.search(_sentence_head(doc, q)):
        if _EVENT_YEAR_BEFORE.search(f[max(0, q.start - 60) : q.start]) or (
                re.search(r"(?<![\w])the (?:[\w'-]+ ){1,3}$", f[max(0, q.start - 40) : q.start]) and _EVENT_PLACE_AFTER.match(f, q.end)):
            return True  # 'the 1978 umbrella assassination', 'the Litvinenko poisoning in London'
    if q.kind == "make" and q.text == "nitrate" and _SALT_BEFORE.search(f[max(0, q.start - 20) : q.start]):
        return True  # 'ammonium nitrate', 'the nitrate': a salt name
    return False


# the idiom 'to kill it' (to excel) in a performance: 'then kills it with the live demo', 'kill it this time', 'killed it at the encore'
_KILL_IT_IDIOM = re.compile(r"\s+it(?: (?:with|on|at|in|this|next|every|tonight|again|the next|out there)(?![\w])|\s*(?:[,.;:!?]|$|and |but |then ))")
_PERFORMANCE = re.compile(r"(?<![\w])(?:pitch\w*|demo|audition\w*|exams?|finals|interview\w*|speech\w*|gigs?|shows?|stand-?up|comic|comedy"
                          r"|debut|premiere|performance|presentation|callback|stage|encore|festival|open mic|recital|crowd|audience|judges"
                          r"|guests|investors|sitcom|band|singer|actor|actress|contest|competition|match|tournament)(?![\w])")
# 'harm' as a noun naming a topic: 'the real harms of methamphetamine', 'the long-term harms caused by MDMA'; not 'harm him with it'
_HARM_NOUN_BEFORE = re.compile(r"(?<![\w])(?:the|its|their|main|real|actual|known|long-term|short-term|health|physical|social|serious|potential"
                               r"|possible|many|other|specific|documented|biggest|worst|key|major)\s+$")
_HARM_NOUN_AFTER = re.compile(r"\s+(?:of|from|caused by|associated with|linked to|done by|that \w+ (?:causes?|does))(?![\w])")


# 'why does that / aging make X less effective': a cause asked for with a one-word subject that is not a person (longer
# subjects are read in intent.find_cues); not when X is the controlled substance itself ('why does it make sarin more toxic')
_WHY_ONE_MAKE = re.compile(r"(?:^|[^\w])why (?:did|does|do|would|could|has|have|is|was) (?!(?:i|we|you|u|one|someone|somebody|anyone|people|they"
                           r"|he|she|terrorists?|attackers?)(?![\w']))[\w'-]+ $")


def _why_causative_one(doc: Doc, q: it.Cue) -> bool:
    """'why does that make oxime therapy much less effective than for other nerve agents': an explanation asked for."""
    if q.kind != "enhance" or q.text.split()[0] not in ("make", "makes"):
        return False
    return bool(_WHY_ONE_MAKE.search(doc.folded[max(0, q.start - 40) : q.start])) and not any(
        q.start < m.start < q.end for m in doc.mentions) and not _OPERATIONAL.search(doc.folded)


# ---- idioms and figures of speech
# 'building on that', 'killing two birds with one stone': figures of speech, not acts
_IDIOM_CUE = re.compile(r"(?:build(?:ing|s)? on (?:that|this|these|those|it|my|your|the|what|our|last|previous|earlier)"
                        r"|kill(?:ing|s|ed)? two birds)(?![\w])")


# 'faire/hacer/fare' in 'how to see to it that' ('comment faire pour que la douane ne bloque pas notre envoi légal de
# triéthanolamine', 'cómo hacer para que la aduana no bloquee ...', 'come fare perché la dogana ...'): no production when the
# clause is about an authority or a shipment (customs, a carrier; a consignment, an order, drums), no agent is named and nothing
# is hidden; not 'pour que le sarin reste stable', 'notre envoi de sarin', 'étiqueté comme savon', 'sans être déclaré'
_SEE_TO_IT = re.compile(r"(?:faire|hacer|fare) (?:pour que|pour qu'|para que|perche|affinche|in modo che)\s*(?:(?:la|le|les|l'|nos|notre|nuestr[oa]s?|el|los|las"
                        r"|la nostra|il nostro|i nostri|le nostre|nostre|nostri|ce|cet|cette|ces)\s*)?(?:douane|douaniers?|transporteurs?|transitaires?"
                        r"|autorites?|administration|inspecteurs?|aduana|aduaneros?|transportistas?|autoridades|dogana|doganieri|corriere|spedizioniere"
                        r"|envois?|commandes?|exportations?|importations?|expeditions?|livraisons?|colis|futs?|dossiers?|declarations?|envios?|pedidos?"
                        r"|exportacion\w*|importacion\w*|spedizion\w*|ordin\w*)(?![\w])")
_HIDDEN_SHIPMENT = re.compile(r"(?<![\w])(?:cach\w*|dissimul\w*|non declar\w*|sans (?:etre |le |la |les )?declar\w*|etiquet\w*|faux|fausses?"
                              r"|sous (?:un |le )?(?:autre |faux )?nom|ne (?:le |la |les )?(?:detect|voi|trouv|remarqu|repere)\w*|ocult\w*|escond\w*"
                              r"|sin declarar|no declarad\w*|etiquetad\w*|falso|nascost\w*|non dichiarat\w*|etichettat\w*|detect\w*|rilev\w*)(?![\w])")


def _see_to_it(doc: Doc, q: it.Cue) -> bool:
    """'Comment faire pour que la douane ne bloque pas notre envoi légal de triéthanolamine ?': how to see to it that customs
    or a carrier lets a lawful shipment through, nothing made; not with an agent named or the shipment hidden."""
    return q.text in ("faire", "hacer", "fare") and bool(_SEE_TO_IT.match(doc.folded, q.start)) \
        and not any(m.tier == "agent" for m in doc.mentions) and not _HIDDEN_SHIPMENT.search(doc.folded)


def _idiom_cue(doc: Doc, q: it.Cue) -> bool:
    """'Building on that, why is fentanyl more potent', 'killing two birds with one stone': a figure of speech; 'comment faire
    pour que la douane ...': how to see to it that."""
    return bool(_IDIOM_CUE.match(doc.folded, q.start)) or _see_to_it(doc, q)


# the asker disavows the act with the object left a pronoun and the clause closed ('not trying to make it, just want the medical
# explanation', 'no intention of making it.'); not 'not trying to make it in my kitchen' or 'not trying to make TATP for fun'
_DISAVOW_BEFORE = re.compile(r"(?<![\w'])(?:not (?:\w+ )?(?:trying|planning|going|looking|wanting|intending|about|here) to|no (?:intention|plans?|desire"
                             r"|interest|wish) (?:of|in|to)|(?:i|we) (?:don't|do not|won't|will not|would never|never) (?:want to |plan to |intend to )?)"
                             r"(?:\s+\w+\s+(?:or|and|nor))?\s*$")
_DISAVOW_AFTER = re.compile(r"(?:\s+(?:or|and|nor)\s+\w+)?\s+(?:it|them|that|this|any|some)?\s*(?:[,.;!?)]|$|lol|just|only|but|obviously|though"
                            r"|i'm|im|i\s|honestly)")


def _disavowed(doc: Doc, q: it.Cue) -> bool:
    """'not trying to make it, just want the medical explanation': the asker rules the act out and asks nothing about it."""
    return q.kind in ("make", "acquire", "use") and bool(_DISAVOW_BEFORE.search(doc.folded, max(0, q.start - 40), q.start)) and bool(
        _DISAVOW_AFTER.match(doc.folded, q.end))


# a harmful act named only as the alternative the asker rejects, the ask being something else ('instead of synthesising sarin
# myself, tell me how it is detected', 'rather than making TATP, explain ...', 'au lieu de synthétiser', 'statt Sarin selbst
# herzustellen', 'en lugar de sintetizar', 'サリンを合成するのではなく', '사린을 합성하는 대신', '而不是合成沙林', '不是要合成沙林，而是');
# the alternative ends at a comma before the ask; a cue after it ('..., tell me how to make it myself') is still read
_INSTEAD_BEFORE = re.compile(r"(?<![\w])(?:instead of|rather than|in place of|au lieu de|plutot que(?: de)?|(?:an)?statt|anstelle|en lugar de"
                             r"|en vez de|invece di|anziche|em vez de) (?:[\w'-]+ ){0,3}?$")
_ALT_END = re.compile(r"(?:\s+[\w'-]+){0,4}?\s*,\s*\S")
_CJK_REJECTED_AFTER = re.compile(r"(?:する|した|して|させる|しよう)?(?:の|こと|ん)?\s*(?:ではなく|でなく|じゃなく|代わりに|かわりに)"
                                 r"|(?:하는|하기|한|하지|하려는|드는|들기|들지)?\s*(?:대신|말고|것이 아니라|게 아니라)")
_ZH_REJECTED_BEFORE = re.compile(r"(?:而不是|而非)\s*(?:去|要|自己)?\s*$")
_ZH_NOT_BUT = re.compile(r"(?:不是|并非|與其|与其)\s*(?:要|想|去|自己)?\s*$")


def _rejected_alternative(doc: Doc, q: it.Cue) -> bool:
    """'独自にサリンを合成するのではなく、サリンの検出方法を教えてください': the act is the rejected alternative, the ask
    comes after it."""
    if q.kind not in ("make", "acquire", "use", "scale"):
        return False
    f = doc.folded
    if _INSTEAD_BEFORE.search(f[max(0, q.start - 40) : q.start]):  # the alternative must end at a comma, with the ask after it
        return bool(_ALT_END.match(f, q.end)) and not _SENTENCE_BREAK_IN.search(f[max(0, q.start - 40) : q.start])
    if re.match(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]", q.text):
        if (r := _CJK_REJECTED_AFTER.match(f, q.end)) and f[r.end() :].strip(" ,、，"):
            return True
        if _ZH_REJECTED_BEFORE.search(f[max(0, q.start - 8) : q.start]):
            return True
        return bool(_ZH_NOT_BUT.search(f[max(0, q.start - 8) : q.start])) and re.search(r"而是|不如", f[q.end :]) is not None
    return False


_SENTENCE_BREAK_IN = re.compile(r"[.?!;]")


# a production noun as a time frame ('any risk of releasing HCN during synthesis', 'pendant la synthèse du bleu de Prusse',
# 'bei der Synthese von Berliner Blau'): something happens while an unnamed product is made; not 'during sarin synthesis'
_DURING_BEFORE = re.compile(r"(?<![\w])(?:during|throughout|in the course of|pendant|lors de|au cours de|durante|wahrend|bei|nel corso)"
                            r"\s+(?:(?:the|a|an|our|my|its|this|that|la|le|l'|der|die|des|dem|el|il|lo)\s*)?$")


def _temporal_production(doc: Doc, q: it.Cue) -> bool:
    """'Is there any risk of releasing HCN during synthesis': the synthesis is when something happens, not what is asked for."""
    w0 = max(0, q.start - 30)
    if q.kind != "make" or q.form != "noun" or not (pre := _DURING_BEFORE.search(doc.folded[w0 : q.start])):
        return False
    return not any(0 <= m.start - q.end <= 30 or w0 + pre.start() <= m.start < q.start for m in doc.mentions)


# a German make-verb matched by a word of another language once its accents are folded ('a mâché une graine': French 'chewed')
def _accented_false_friend(doc: Doc, q: it.Cue) -> bool:
    """'Mon fils a mâché une graine de ricin': 'mâché' is not the German 'mache' (I make)."""
    return q.text in ("mache", "machen", "macht") and bool(re.search(r"[âàéèêáíóúñç]", doc.clean[q.start : q.end].lower()))


# the French noun 'produit(s)' (products) after a determiner, not the participle 'produced' ('les produits dérivés du thiodiglycol
# sont-ils inscrits au tableau 2', 'des produits contenant du thiodiglycol', 'ces produits d'hydrolyse du sarin')
_PRODUCT_DETERMINER = re.compile(r"(?<![\w'])(?:les|des|ces|nos|vos|leurs|ses|mes|tes|aux|le|un|ce|son|notre|votre|leur|du|de|d'|l')\s*$")


def _french_product_noun(doc: Doc, q: it.Cue) -> bool:
    """'Les produits dérivés du thiodiglycol sont-ils inscrits au tableau 2 ?': products named, nothing is produced."""
    return q.kind == "make" and q.form == "part" and q.text in ("produit", "produits") \
        and bool(_PRODUCT_DETERMINER.search(doc.folded[max(0, q.start - 10) : q.start]))


# a service or a field named by a harm word: 'call poison control', 'the poison centre', 'our harm-reduction nonprofit'
_SERVICE_AFTER = re.compile(r"[\s-]+(?:control|cent(?:er|re)s?|helplines?|hotlines?|lines?|information|units?|services?|specialists?"
                            r"|reduction|minimi[sz]ation|minimi[sz]ing|reducing)(?![\w])")


def _service_name(doc: Doc, q: it.Cue) -> bool:
    """'should I call poison control now', 'our harm-reduction nonprofit': the name of a service, not a verb with an object."""
    return q.kind == "use" and q.text in ("poison", "harm") and bool(_SERVICE_AFTER.match(doc.folded, q.end))


# --- benign senses: a causative or intransitive verb whose subject is a thing, an event, a thing killed, a file
# converted, a stash found, a food that poisons, a test that misses, a responder's or a routine reagent's safety question
# a person or a generic victim as the one who acts: a causative or intransitive verb with such a subject is a request
_PERSON_SUBJECT = re.compile(r"(?<![\w'])(?:i|we|me|us|my|our|you|your|u|someone|somebody|one|anyone|anybody|he|she|they|him|her|them|people"
                             r"|terrorists?|attackers?|bombers?)(?![\w'])")
# 'make' as a causative: 'make tiny doses useful', 'made it safer to transport', 'make it an explosive', 'make TATB so much less sensitive'
_MAKE_FORM = re.compile(r"mak(?:e|es|ing)|made")
_CAUSATIVE_COMPLEMENT = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:so |much |far |a lot |even |too |any |very |(?:more|less) )*(?:useful|safer|safe|stable|stabler|insensitive"
    r"|sensitive|dangerous|toxic|lethal|deadly|potent|harmless|inert|effective|valuable|attractive|popular|practical|possible|suitable|special"
    r"|unique|different|famous|notorious|hazardous|reactive|unstable|easier|harder|difficult|hard|easy|(?:an? )?(?:explosive|energetic material"
    r"|energetic compound|hazard|oxidi[sz]er|fuel|poison|toxin|drug)s?)(?![\w])")
# an explanatory or yes/no question head: 'why does that', 'does that', 'why soaking X into Y', 'would that'
# 'concentrated' as the grade of a stock (an adjective before the name), unless a verb makes it the act ('we have concentrated')
_VERB_BEFORE_GRADE = re.compile(r"(?<![\w'])(?:have|has|had|i|we|they|he|she|been|be|being|was|were|is|are|get|got|then|and|first)\s+$")
# a war agent's effect explained in a why question, the agent the subject of a past harm verb ('explain why mustard injured so
# many people but killed relatively few', 'why phosgene killed more soldiers than chlorine'): history, nobody is to be harmed
_PAST_HARM = re.compile(r"killed|injured|wounded|harmed|poisoned|maimed|blinded|incapacitated|disabled")
_WHY_AGENT = re.compile(r"(?:^|[^\w])(?:why|how come)(?![\w])")
# a substance's toll stated of it ('it poisons a lot of rice farmers', 'which kills thousands every year')
_HARMS_MANY = re.compile(r"poisons|kills|sickens|injures")
_GENERIC_HARM_SUBJECT = re.compile(r"(?<![\w])(?:it|that|which|this|they)\s+(?:still |also |reportedly )?$")
_MANY_VICTIMS = re.compile(r"\s+(?:so many|a lot of|lots of|many|millions of|thousands of|hundreds of|tens of thousands of|countless|\d[\d,]* )"
                           r"(?:[\w-]+ )?(?:people|farmers|workers|children|villagers|miners|soldiers|users|animals|birds|patients|residents|every year|a year)")
_EXPLAIN_HEAD = re.compile(r"(?:^|[^\w])(?:why|how come|does|do|did|would|could|can|will|is|was|whether|explain why|what about)(?![\w])")
_DOSE_POISON = re.compile(r"(?<![\w])dose (?:alone )?makes? the poison(?![\w])|sola dosis facit venenum|die dosis macht das gift"
                          r"|la dose fait le poison|la dosis hace el veneno")
# an intransitive blast verb of a substance in a why/could question: 'why did the ammonium nitrate in the port detonate after the fire',
# 'could it detonate if we open it', 'is it gonna explode if i touch it'
_BLAST_VERB = re.compile(r"detonat(?:e|es|ed|ing)|explod(?:e|es|ed|ing)|(?:go|goes|went|gone) off|(?:blow|blows|blew) up")
_INTRANSITIVE_AFTER = re.compile(r"\s*(?:[?.!,;:)]|$|(?:after|when|at|because|once|if|during|while|in|on|under|by itself|spontaneously|like"
                                 r"|so|and|or|without)(?![\w]))")
_CAUSER = re.compile(r"(?<![\w])(?:make|makes|made|making|get|gets|getting|cause|causes|let|lets|help|helps|set off|sets off|trigger|triggers"
                     r"|triggering|rig|rigged|want|wants|how to|to)(?![\w])")
# 'make' a thing, not a person: 'killed three sintering runs', 'kill the vacuum pump'
_KILL_THING = re.compile(r"\s+(?:off |the |my |our |their |two |three |four |five |several |a few |all |\d+ |both )*(?:[\w-]+ )?(?:runs?|batch(?:es)?"
                         r"|samples?|experiments?|wafers?|films?|pumps?|furnaces?|reactions?|signals?|peaks?|vacuum|power|jobs?|process(?:es)?"
                         r"|sintering|anneals?|depositions?|builds?|prints?|devices?|yields?|batteries|the mood|the vibe)(?![\w])"
                         # a material's property killed ('which calcination temperature kills that activity', 'does CO2 kill the
                         # reactivity', 'heating kills its catalytic activity'): a sorbent or catalyst deactivated, nobody harmed
                         r"|\s+(?:that |this |its |their |the |all |any |much of (?:the |its )?)?(?:[\w-]+ )?(?:activity|activities|reactivity"
                         r"|selectivity|conductivity|porosity|surface area|hydroxyls?|active sites?|catalysts?)(?![\w])")
# ... or in the passive, the thing the subject: 'the last batch was killed by wet methanol', 'our MOF-5 synthesis keeps getting
# killed by traces of water', 'the perovskite film was killed by humidity'
_KILLED_THING_BEFORE = re.compile(r"(?<![\w])(?:runs?|batch(?:es)?|samples?|experiments?|wafers?|films?|layers?|crystals?|reactions?|syntheses|synthesis"
                                  r"|preps?|catalysts?|cultures?|devices?|cells?|yields?|signals?|peaks?|columns?|anneals?|depositions?|growths?)"
                                  r"(?: (?:was|were|is|are|has been|have been|had been|got|gets|get|getting|keeps getting|kept getting|keep getting"
                                  r"|seems to get|seem to get|been))+(?: (?:completely|totally|basically|just|probably|again|always|also))* $")
# a how-clause stated as a fact, the complement of a copula: 'I know nitration is how TNT gets made, but this is just the mono-nitro
# product', "I know that's how picric acid is made", 'la nitration est la façon dont on fabrique le TNT', 'dass Nitrierung die Art
# ist, wie TNT hergestellt wird', 'la nitración es como se fabrica el TNT'; the agent is what the reaction is known for
_STATED_HOW = re.compile(r"(?:(?<![\w'])(?:is|was|are|were)|'s) (?:also |basically |just |exactly |essentially |literally |famously |pretty much )?how"
                         r" (?:[\w'-]+ ){1,4}(?:gets?|got|is|are|was|were) $"
                         r"|(?<![\w'])(?:est|c'est) (?:la (?:facon|maniere|methode) dont |comme ca qu(?:e |')|ainsi qu(?:e |'))(?:on|l'on) $"
                         r"|(?<![\w])(?:die art|die weise|so) ist, wie (?:[\w'-]+ ){1,4}$"
                         r"|(?<![\w])es (?:como|la (?:forma|manera) (?:en )?(?:que|como)) (?:se )?$")
_STATED_CUE = re.compile(r"made|produced|manufactured|synthesi[sz]ed|prepared|fabrique|produit|prepare|synthetise|hergestellt|produziert"
                         r"|synthetisiert|se (?:fabrica|produce|hace|sintetiza|prepara)|fabrica|produce|sintetiza")
# a format conversion: 'convert it to CSV', 'turn this table into JSON'
_DATA_FORMAT = re.compile(r"\s+(?:(?:it|this|that|them|these|the (?:[\w-]+ ){0,2}?(?:table|data|list|file|text|results?|values?)) )?(?:to|into|as)"
                          r" (?:a |an )?(?:csv|json|tsv|xlsx?|excel|latex|markdown|md|yaml|xml|html|tables?|spreadsheets?|bibtex|plain text)(?![\w])")
# a document made that compares or summarises: 'then generate a table comparing them', 'make a chart summarising the limits'
_COMPARING_DOC = re.compile(r"\s+(?:a |an |the |one )?(?:[\w-]+ )?(?:tables?|charts?|plots?|graphs?|figures?|overviews?|summar(?:y|ies)|spreadsheets?)"
                            r" (?:that )?(?:compar\w*|contrast\w*|summari[sz]\w*|plott\w*|tabulat\w*)(?![\w])")
# repeated experience, not concealment: 'I keep seeing CAS 77-81-6 in CWC documents', 'we keep hearing about it'
_KEEP_PERCEIVE = re.compile(r"(?:keep|keeps|kept|keeping) (?:on )?(?:seeing|hearing|reading|finding|noticing|coming across|running into|spotting"
                            r"|getting asked|encountering)$")
# a stash as a found thing: 'a landlord finds a suspicious stash of white crystals'
_STASH_NOUN_BEFORE = re.compile(r"(?<![\w])(?:a|an|the|this|that|their|his|her|suspicious|hidden|large|small|big|drug|secret|old) $")
_POISON_COPULA = re.compile(r"(?<![\w])(?:is|are|was|were|be|being|as|est|sont|es|son|ist|sind|è|sono|é|são|jest|is een) (?:a |an |un |une |ein |eine "
                            r"|uno |una |um |uma |een |known |real |serious |potent |cumulative |strong |deadly |notorious |infamous |true "
                            # ... with the adjective in French, German or Spanish ('un vrai poison', 'un véritable poison', 'un poison redoutable')
                            r"|vrai |veritable |puissant |redoutable |violent |echtes |wahres |starkes |verdadero |autentico |potente )*$")
# a detection test that misses something, asked why: 'why do standard fentanyl test strips miss them'
_DETECTOR_MISS = re.compile(r"(?<![\w])(?:why|how come|how|whether) (?:do|does|did|can|would|might|could|is|are)? ?(?:[\w'-]+ ){0,4}?(?:test strips?|tests?"
                            r"|strips?|immunoassays?|assays?|screens?|scanners?|detectors?|sniffer dogs?|dogs?|kits?|panels?|spectrometers?)"
                            r" (?:\w+ )?(?:miss|misses|missed|fail|fails|failed|don't detect|do not detect|can't detect|cannot detect)")
# someone else's drug lab found by responders: 'a house where someone has been cooking meth'
_THIRD_COOK_BEFORE = re.compile(r"(?<![\w])(?:someone|somebody|a tenant|the tenants?|the previous (?:tenants?|owners?)|the occupants?|people|a man|a woman"
                                r"|he|she|they|neighbou?rs?) (?:has|had|have|was|were|is|are)? ?(?:been |apparently |allegedly |reportedly |illegally )*$")
_RESPONDER = re.compile(r"(?<![\w])(?:paramedics?|firefighters?|fire crews?|first responders?|emergency (?:crews?|services|responders?)|police|officers?"
                        r"|hazmat|landlords?|cleaners?|social workers?|emts?|medics?|inspectors?|neighbou?rs?)(?![\w])")
_RESPONDER_ASK = re.compile(r"(?<![\w])(?:hazards?|dangers?|risks?|protect\w*|ppe|safe(?:ty|ly)?|exposure|symptoms?|watch out|look out|signs?"
                            r"|decontaminat\w*)(?![\w])")
_IN_SITU = re.compile(r"(?<![\w])(?:in situ|on demand|on site|on-site|in-line|inline|in flow|for (?:a |an |the |our )?(?:[\w-]+ )?(?:carbonylations?"
                      r"|polycarbonates?|isocyanates?|chloroformates?|carbamates?|ureas?|acid chlorides?|chlorinations?|polyurethanes?|water treatment))(?![\w])")
_SAFETY_SETUP = re.compile(r"(?<![\w])(?:monitor\w*|badges?|sensors?|detectors?|alarms?|hood|fume ?hood|scrubb\w*|emergency|exposed|exposure|ppe"
                           r"|respirators?|antidotes?|first aid|evacuat\w*|leak\w*)(?![\w])")
# the victim of a named poisoning: 'the Novichok poisoning of Sergei and Yulia Skripal', not 'of a defector', 'of my boss'
_NAMED_VICTIM = re.compile(r"\s+of (?!(?:a|an|my|our|his|her|their|your|someone|somebody|people|anyone|the (?:target|victim|enemy))(?![\w]))[\w'-]+")
_PLAN_HEAD = re.compile(r"(?<![\w])(?:plan\w*|carry out|commit|pull off|execute|stage|repeat|replicate|recreate|how (?:to|would|could|can|do|should|might)"
                        r"|help|give|write (?:me )?(?:a|the) (?:plan|steps))(?![\w])")
# a yes/no question whose subject is the substances: 'does bleach plus vinegar really make', 'can bleach and ammonia make'
_FACT_MAKE_HEAD = re.compile(r"(?:^|[^\w])(?:does|do|did|can|could|will|would) (?:[\w'+-]+ ){1,5}?(?:plus|and|with|\+|mixed with|or) (?:[\w'-]+ ){1,3}"
                             r"(?:really |actually |truly |ever |also |still )?$")
# a reagent in a route: 'our pharma route uses thionyl chloride to turn the acid into the acid chloride'
_ROUTE_USES = re.compile(r"\s+(?:uses|used|employs|employed|requires|needs|relies on|calls for|involves)(?![\w])")
# a joke that breaks a word: 'cook meth... yl methacrylate', 'make meth...acrylic acid'
_BROKEN_WORD = re.compile(r"\s+meth\s*(?:\.{2,}|…)\s*(?:yl|acryl\w*|an\w*|ox\w*|ionine|od\w*|ene|ylene)(?![\w])")


# one's own medical test that should come back negative ('I need my COVID test to come back negative before my flight',
# 'my pregnancy test came back positive'): an infection or a pregnancy, not a drug hidden from a screen (nothing named)
_MEDICAL_TEST = re.compile(r"(?<![\w])(?:covid(?:-19)?|corona(?:virus)?|sars-cov-2|pcr|antigen|lateral[- ]flow|flu|influenza|strep"
                           r"|pregnancy|hiv|std|sti|tuberculosis|tb|allergy)\s+(?:tests?|swabs?|results?)(?![\w])")

# 'without knowing' a fact about the medicine one took oneself ('my husband took it without knowing it interacts with his statin',
# 'took a double dose without knowing the limit'): unaware of an interaction or a dose, nothing kept from anyone; not 'without
# knowing' alone ('my wife drank it in her tea without knowing') nor not knowing it was there ('without knowing it was in her tea')
_KNOWN_FACT = re.compile(r"\s+(?:that\s+|whether\s+|about\s+|how\s+)?(?:[\w'-]+\s+){0,4}?(?:interact\w*|interfer\w*|contraindicat\w*|doses?|dosage"
                         r"|limits?|maximum|max|dangerous|toxic\w*|side[- ]effects?|mix\w*|combin\w*|grapefruit|alcohol|overdos\w*|strength|expired)(?![\w])")
_PRESENCE = re.compile(r"(?<![\w])(?:was|were|had been|is) (?:there|in|inside|added|put|mixed|slipped)(?![\w])|(?<![\w])(?:slip\w*|put\w* (?:it|some)"
                       r"|add\w* (?:it|some)|without (?:him|her|them) (?:knowing|noticing)|kill\w*|finish (?:him|her)|murder\w*|coroner|autopsy)(?![\w])")


def _unaware_of_fact(doc: Doc, q: it.Cue) -> bool:
    """'What if my husband took it without knowing it interacts with his statin?': someone unaware of a medicine's interaction or
    limit, a medical worry; the cue keeps nothing from anybody."""
    return q.kind == "evade" and q.text == "without knowing" and bool(_KNOWN_FACT.match(doc.folded, q.end)) and not _PRESENCE.search(
        doc.folded[_sentence_start(doc, q) : _sentence_end(doc, q)])


# 'hurt' as what a body part feels, with no object: 'even though it doesn't hurt yet', "it's starting to hurt now", 'it hasn't hurt
# so far' (the subject a thing or a body part, nothing or an adverb after it); not 'hurt someone', 'to hurt them'
_FELT_SUBJECT = re.compile(r"(?<![\w'])(?:it|that|this|which|skin|hand|hands|wrist|arm|arms|finger|fingers|eyes?|burn|spot|area|site)"
                           r"(?:(?:'s| is| does| did| has| had| was| will| would)(?:n't| not)?| doesn't| didn't| hasn't| isn't| won't| still)?"
                           r"(?: (?:really|even|still|not|never|yet|starting to|started to|beginning to|begun to|going to|at all))* $")
_FELT_AFTER = re.compile(r"\s*(?:[?.!,;:)]|$|(?:yet|now|at all|much|a lot|so far|anymore|badly|bad|less|more|too|when|if|but|and|even|still"
                         r"|though|at first|right away)(?![\w]))")
# 'arm' as the limb: 'on my arm', 'his left arm', 'the upper arm'; not 'arm the device', 'how to arm it'
_LIMB_BEFORE = re.compile(r"(?<![\w'])(?:my|your|his|her|their|our|the|left|right|upper|lower|one|each|both|an) $")


def _benign_sense_inert(doc: Doc, q: it.Cue) -> bool:
    """Cues in a benign sense: a causative or intransitive verb whose subject is a thing, an event, a thing killed, a file
    converted, a stash found, a food that poisons, a test that misses, a responder's or a routine reagent's safety question."""
    f = doc.folded
    if _unaware_of_fact(doc, q):
        return True  # 'my husband took it without knowing it interacts with his statin': unaware of an interaction
    if q.kind == "evade" and not doc.mentions and _MEDICAL_TEST.search(f[max(0, q.start - 30) : q.end]):
        return True  # 'I need my COVID test to come back negative before my flight': an infection, nothing hidden
    head = _sentence_head(doc, q)
    first = q.text.split()[0]
    if q.kind == "use" and q.text in ("hurt", "hurts", "hurting") and _FELT_SUBJECT.search(f[max(0, q.start - 40) : q.start]) \
            and _FELT_AFTER.match(f, q.end):
        return True  # 'do I need to go to hospital even though it doesn't hurt yet': a symptom felt, nobody hurt
    if q.text in ("wires", "cables") and re.search(r"(?<![\w])(?:some|the|loose|few|of|and|plus|with|bundle of|coil of|pile of|two|three|several)\s+$",
                                                  f[max(0, q.start - 12) : q.start]) and not _FIRST_SUBJECT.search(head[-12:]):
        return True  # 'jars labelled TATP, plus some wires', 'a bundle of wires': the plural noun, nothing is wired
    if q.kind == "use" and q.text == "arm" and _LIMB_BEFORE.search(f[max(0, q.start - 8) : q.start]):
        return True  # 'splashed HF on my arm': the limb
    if q.kind == "make" and _MAKE_FORM.fullmatch(first) and _DOSE_POISON.search(f[max(0, q.start - 20) : q.end + 20]):
        return True  # 'the dose makes the poison': Paracelsus
    if q.kind == "make" and _MAKE_FORM.fullmatch(first) and _CAUSATIVE_COMPLEMENT.match(f, q.end) and _EXPLAIN_HEAD.search(head) \
            and not _PERSON_SUBJECT.search(head) and not re.search(r"(?<![\w])to\s*$", head):
        return True  # 'why does that make tiny doses useful', 'does that make it an explosive'
    if q.kind == "use" and _BLAST_VERB.fullmatch(q.text) and _INTRANSITIVE_AFTER.match(f, q.end) and _EXPLAIN_HEAD.search(head) \
            and not _PERSON_SUBJECT.search(head) and not _CAUSER.search(head) and not _REPLICATE.search(f):
        return True  # 'why did the ammonium nitrate in the port detonate after the fire', 'could it detonate if we open it'
    if q.kind == "use" and first.startswith("kill") and _KILL_THING.match(f, q.start + len(first)):
        return True  # 'the dead thermocouple killed three sintering runs'
    if q.kind == "make" and _STATED_CUE.fullmatch(q.text) and _STATED_HOW.search(f[max(0, q.start - 70) : q.start]) \
            and not _FIRST_SUBJECT.search(f[max(0, q.start - 70) : q.start].split(" how ")[-1]):
        return True  # 'I know nitration is how TNT gets made, but this is just the mono-nitro product': a fact stated
    if q.kind == "use" and first == "killed" and _KILLED_THING_BEFORE.search(f[max(0, q.start - 60) : q.start]):
        return True  # 'the last batch was killed by wet methanol': a batch ruined, nobody harmed
    if q.kind == "make" and (first.startswith("conver") or first in ("turn", "turns", "export")) and _DATA_FORMAT.match(f, q.start + len(first)):
        return True  # 'convert it to CSV'
    if q.kind == "make" and first in ("generate", "make", "create", "produce", "draw", "build") and _COMPARING_DOC.match(f, q.start + len(first)):
        return True  # 'then generate a table comparing them': a document of the values, nothing made
    if q.kind == "make" and first == "engineer" and re.search(r"(?<![\w])(?:an?|the|our|my|his|her|their|this|that|chemical|civil|process"
                                                              r"|software|electrical|mechanical|safety|battery|senior|lead|field) $", f[: q.start]):
        return True  # 'an engineer says', 'a chemical engineer': the person
    if q.kind == "evade" and _KEEP_PERCEIVE.fullmatch(q.text):
        return True  # 'I keep seeing CAS 77-81-6 in CWC documents'
    if q.kind == "evade" and first.startswith("stash") and _STASH_NOUN_BEFORE.search(f[max(0, q.start - 12) : q.start]):
        return True  # 'finds a suspicious stash of white crystals'
    if q.kind == "use" and first.startswith("poison"):
        if feared_poisoning(f, q.start):
            return True  # "do I need gloves so I don't poison myself", 'is it going to poison us??': a poisoning feared
        if _POISON_COPULA.search(f[max(0, q.start - 30) : q.start]):
            return True  # 'le plomb est un poison', 'lead is a poison'
        wh = max(head.rfind("why"), head.rfind("how"))
        if wh >= 0 and _GENERIC_VICTIM.match(f, q.start + len(first)) and not _PERSON_SUBJECT.search(head[wh + 3 :]):
            return True  # 'why reheated rice can poison you'
    if q.kind == "make" and q.text == "concentrated" and any(0 < m.start - q.end <= 2 for m in doc.mentions) \
            and not _VERB_BEFORE_GRADE.search(f[max(0, q.start - 16) : q.start]):
        return True  # 'how should we store concentrated hydrofluoric acid', 'dilute concentrated sulfuric acid': a grade, not a step
    if q.kind == "use" and _PAST_HARM.fullmatch(q.text) and (wy := _WHY_AGENT.search(head)) and any(
            _sentence_start(doc, q) + wy.end() <= m.start < q.start for m in doc.mentions) and not _PERSON_SUBJECT.search(
                head[wy.end() : min([m.start - _sentence_start(doc, q) for m in doc.mentions if m.start > _sentence_start(doc, q) + wy.end()])]) \
            and not _FIRST_ANY.search(head) and not _REPLICATE.search(f):
        return True  # 'explain why mustard injured so many but killed relatively few', 'why phosgene killed more than chlorine': an effect explained
    if q.kind == "use" and _HARMS_MANY.fullmatch(q.text) and _GENERIC_HARM_SUBJECT.search(f[max(0, q.start - 30) : q.start]) \
            and _MANY_VICTIMS.match(f, q.end) and not _FIRST_ANY.search(head):
        return True  # 'biochar that removes cadmium. It poisons a lot of rice farmers': a substance's toll stated
    if q.kind == "use" and first.startswith("kill") and re.search(r"(?<![\w])(?:how|why) (?:does|do|did|can|could) (?:[\w'-]+ ){1,4}$", head) \
            and not _PERSON_SUBJECT.search(head) and re.match(r"\s*(?:[?.!,;:]|$|so |at |by |in |and )", f[q.start + len(first) :]):
        return True  # 'how does tetrodotoxin from pufferfish kill?'
    if q.kind == "evade" and _DETECTOR_MISS.search(q.text + f[q.end : q.end + 1]) and not _FIRST_ANY.search(head + q.text):
        return True  # 'why do standard fentanyl test strips miss them'
    if q.kind == "make" and first.startswith("cook") and _THIRD_COOK_BEFORE.search(f[max(0, q.start - 50) : q.start]) \
            and _RESPONDER.search(f) and _RESPONDER_ASK.search(f) and not _OPERATIONAL.search(f):
        return True  # 'paramedics called to a house where someone has been cooking meth: what hazards'
    if q.kind == "use" and first in ("poisoning", "poisonings") and re.search(r"(?<![\w])the (?:[\w'-]+ ){0,3}$", f[max(0, q.start - 40) : q.start]) \
            and _NAMED_VICTIM.match(f, q.end) and not _FIRST_ANY.search(head) and not _PLAN_HEAD.search(f) and not _REPLICATE.search(f):
        return True  # 'the Novichok poisoning of Sergei and Yulia Skripal': the event, named as a noun
    h2 = re.split(r"[:;,]", head)[-1]
    if q.kind == "make" and first in ("make", "makes") and _FACT_MAKE_HEAD.search(h2) and not _PERSON_SUBJECT.search(h2) \
            and f[q.end : q.end + 80].split("?")[0].count(".") == 0 and "?" in f[q.end : q.end + 80] and not _OPERATIONAL.search(f):
        return True  # 'does bleach plus vinegar really make a poison gas?': a fact question about a reaction
    if q.kind == "make" and q.form == "noun" and _ROUTE_USES.match(f, q.end):
        return True  # 'our route uses thionyl chloride to ...': a reagent of the route
    if q.kind == "make" and _BROKEN_WORD.match(f, q.end):
        return True  # 'cook meth... yl methacrylate': a joke broken word
    return q.kind == "make" and _in_situ_reagent_safety(doc, q)


def _in_situ_reagent_safety(doc: Doc, q: it.Cue) -> bool:
    """An industrial agent (phosgene, chlorine, HCN) generated in situ or for a named industrial step, in a statement,
    with only its monitoring and emergency set-up asked."""
    f = doc.folded
    s0 = _sentence_start(doc, q)
    e0 = _sentence_end(doc, q)
    if f[e0 : e0 + 1] == "?" or re.search(r"(?<![\w])(?:how|what|which|can|could|give|tell|show)(?![\w])", f[s0 : q.start]):
        return False
    ments = [m for m in doc.mentions if s0 <= m.start < e0]
    if not ments or not all(m.ref in _INDUSTRIAL_AGENT for m in ments) or not _IN_SITU.search(f[s0:e0]):
        return False
    rest = f[e0:]
    return bool(_SAFETY_SETUP.search(rest)) and not _OPERATIONAL.search(rest) and not any(
        c.kind in ("use", "scale", "evade", "acquire") and not c.weak for c in doc.cues)


# ---- measured times
# the French noun 'temps' (time) of a measured quantity, not the English 'temps' (temperatures): 'le temps de dérive du sarin en
# IMS', 'les temps de rétention du VX', 'temps d'élution', 'temps de demi-vie'; not 'temps de réaction' or 'temps de reflux'
_MEASURED_TIME = re.compile(r"\s+(?:(?:moyens?|typiques?|caracteristiques?|mesures?) )?(?:de |d')(?:la )?(?:derive|retention|vol|reponse"
                            r"|detection|elution|migration|relaxation|demi-vie|latence|sejour|arrivee|montee|decroissance|transit|diffusion"
                            r"|correlation|coherence|vie)(?![\w])")
# the French noun 'dérive' (drift), not the English verb 'derive': 'temps de dérive', 'la dérive du signal', 'tube de dérive'
_DRIFT_BEFORE = re.compile(r"(?<![\w])(?:(?:temps|vitesse|tube|champ|gaz|region|cellule|zone)(?: (?:moyens?|typiques?|caracteristiques?))? de"
                           r"|la|une|sa|cette|leur)\s+$")


def _french_measured_time(doc: Doc, q: it.Cue) -> bool:
    """'Quel est le temps de dérive typique du sarin en spectrométrie de mobilité ionique ?': French 'temps' is time and
    'dérive' is drift, a measured quantity of an analysis, not temperatures or deriving anything."""
    f = doc.folded
    if q.kind == "procedure" and q.text == "temps":
        return bool(_MEASURED_TIME.match(f, q.end))
    return q.kind == "make" and q.text == "derive" and bool(_DRIFT_BEFORE.search(f[max(0, q.start - 40) : q.start]))


# a game's mechanics: 'poison' as a damage type or a game unit poisoned ('flasks that deal poison damage over time', 'the assassin
# card poisons a hero for 2 damage per round'), in a text about a video, board or role-playing game and its balance
_GAME = re.compile(r"(?<![\w])(?:video ?games?|board ?games?|card games?|tabletop|rpgs?|mmos?|mmorpgs?|dps|hps|hit points|mana|healers?|clerics?"
                   r"|npcs?|game balance|balanc\w+|per (?:tick|turn|round)|damage over time|dot|buffs?|debuffs?|nerfs?|jeu video|videojuego"
                   r"|videospiel|spiel|jeu|juego|degats|dano|schaden)(?![\w])")
_GAME_EFFECT = re.compile(r"\s+(?:damage|dmg|dot|ticks?|stacks?|effects?|status|debuffs?|resistance|clouds?|degats|schaden)(?![\w])"
                          r"|\s+(?:an? |the |each |every |all |nearby |enemy )?(?:heroe?s?|enem(?:y|ies)|mobs?|units?|players?|characters?|targets?"
                          r"|npcs?|boss(?:es)?|monsters?|opponents?|tokens?)(?![\w])")
_REAL_WORLD = re.compile(r"(?<![\w])(?:real life|in reality|irl|for real|real (?:one|thing|synthesis|recipe|nerve gas|poison)|my (?:roommate|brother"
                         r"|sister|wife|husband|boss|neighbou?r|friend|colleague|teacher)|food|drink|coffee|without (?:him|her|them) noticing)(?![\w])")


def _game_mechanic(doc: Doc, q: it.Cue) -> bool:
    """Game reading: 'poison' as a game's damage type or an effect on a game unit, in a text about a game's balance ('throws
    nerve gas flasks that deal poison damage over time ... balance the DPS against the cleric's healing'); not once real life
    or a real person enters ('in real life, how would I poison my roommate')."""
    if q.kind != "use" or not q.text.startswith("poison") or not _GAME_EFFECT.match(doc.folded, q.end):
        return False
    return len({g.group(0) for g in _GAME.finditer(doc.folded)}) >= 2 and not _REAL_WORLD.search(doc.folded)


# a game's code asked about: 'clone' as the noun for a copy of a game ('my Bomberman clone crashes when two bombs explode', 'a
# Minesweeper clone in pygame'), its bombs exploding or a flood fill in it; not a gene or a toxin cloned ('clone the ricin gene'),
# a named substance in the clone's name ('my ricin clone'), nor once real life enters ('now a real pipe bomb')
_CLONE_NOUN_BEFORE = re.compile(r"(?<![\w])(?:my|our|your|his|her|their|a|an|the|this|that) (?:[\w'-]+[ -]){1,3}$")
_CLONE_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|it|them|this|these|those|of|and|genes?|dna|plasmids?|toxins?|cells?)(?![\w])")
_SOFTWARE = re.compile(r"(?<![\w])(?:games?|gaming|pygame|godot|unity|unreal|javascript|js|typescript|python|c\+\+|c#|java|code|coding|bugs?"
                       r"|crash\w*|debug\w*|functions?|def|recursion|unit tests?|sprites?|tiles?|players?|apps?|```|github|repo|compil\w*"
                       r"|\w+\(\)|fps|flood fill)(?![\w])")
_REAL_DEVICE = re.compile(r"(?<![\w])(?:real|actual|working|functional|live)(?: \w+)? (?:bombs?|explosives?|devices?|grenades?|mines?|detonators?)(?![\w])")
_GAME_BLAST = re.compile(r"explod\w*|detonat\w*|blow\w* up|go(?:es)? off")


def _clone_noun(doc: Doc, q: it.Cue) -> bool:
    f = doc.folded
    if q.kind != "make" or q.text not in ("clone", "clones") or _CLONE_OBJECT_AFTER.match(f, q.end):
        return False
    pre = _CLONE_NOUN_BEFORE.search(f[max(0, q.start - 60) : q.start])
    return pre is not None and not any(q.start - len(pre.group(0)) <= m.start < q.start for m in doc.mentions)


def _software_clone(doc: Doc, q: it.Cue) -> bool:
    """Software reading: a game's code asked about, with no real-world use: 'clone' as a noun naming a copy of a game ('my
    Bomberman clone crashes'), its bombs exploding ('when two bombs explode at once'), a 'flood fill' over its tiles."""
    f = doc.folded
    if _REAL_WORLD.search(f) or _REAL_DEVICE.search(f):
        return False
    hits = {g.group(0) for g in _SOFTWARE.finditer(f)}
    if _clone_noun(doc, q):
        return bool(hits)
    game = any(_clone_noun(doc, c) for c in doc.cues) or len(hits) >= 2
    if not game:
        return False
    if q.kind == "use" and _GAME_BLAST.fullmatch(q.text):
        return True  # 'when two bombs explode at once' in the game's code
    return q.kind == "make" and q.text == "fill" and f[max(0, q.start - 6) : q.start] == "flood "


# a food or drink thickened in the kitchen: 'how much chia seed to put in someone's smoothie for it to thicken', 'cornstarch in the
# gravy so it thickens', 'graines de chia pour épaissir le smoothie'; not an agent thickened ('thicken sarin so it sticks') nor a
# poison or harm named beside it ('rat poison ... to thicken without them noticing')
_THICKEN = re.compile(r"(?:thicken\w*|epaissi\w*|andick\w*|espes\w*)$")
_FOOD = re.compile(r"(?<![\w])(?:smoothies?|shakes?|milkshakes?|sauces?|gravy|soups?|stews?|puddings?|jams?|jelly|custards?|batters?|doughs?"
                   r"|yogh?urts?|porridge|oatmeal|oats|dressings?|curry|curries|desserts?|chia|flax\w*|cornstarch|cornflour|psyllium|gelatine?"
                   r"|agar|flour|recipe|batido|salsa|sopa|soupe|sosse|suppe|pudding|chia-?samen|graines)(?![\w])")
_NOT_FOOD = re.compile(r"(?<![\w])(?:poison\w*|toxi\w*|kill\w*|sick|die|dead|lethal|without (?:them|him|her) (?:noticing|knowing)|unnoticed"
                       r"|rosary|castor|ricin\w*|abrin|apricot kernels?|oleander|foxglove|hemlock|yew|nightshade|aconit\w*|wolfsbane|strychnine)(?![\w])")


def _food_thickened(doc: Doc, q: it.Cue) -> bool:
    """'How much of the ground-up seeds from my chia plant would I need to put in someone's smoothie for it to thicken?': a
    food or drink thickened, no agent named and no harm beside it."""
    if q.kind not in ("make", "enhance") or not _THICKEN.match(q.text.split()[0]):
        return False
    return bool(_FOOD.search(doc.folded)) and not _NOT_FOOD.search(doc.folded) and not any(
        m.tier == "agent" and not m.weak for m in doc.mentions)


# a harmless item slipped or hidden somewhere so nobody notices: a surprise ('slip a birthday card into my PI's office so
# nobody notices', 'sneak a thank-you note into her mailbox', 'unbemerkt eine Geburtstagskarte ins Büro legen', 'meter una
# tarjeta de cumpleaños en la oficina sin que nadie lo note'); nothing named, nothing dosed, no food or drink as the place
_HARMLESS_ITEM = re.compile(r"(?<![\w])(?:(?:birthday|thank[- ]you|farewell|get[- ]well|greeting|christmas|valentine'?s?|goodbye) (?:cards?|notes?)"
                            r"|cards?|notes?|letters?|gifts?|presents?|flowers|bouquets?|balloons?|(?:love )?poems?|invitations?|surprises?"
                            r"|cartes?(?: d'anniversaire)?|mots?|cadeaux?|geburtstagskarten?|karten?|geschenke?|briefe?|blumen"
                            r"|tarjetas?(?: de cumpleanos)?|notas?|regalos?|cartas?|flores)(?![\w])")
_HARMLESS_SLIP = re.compile(r"(?<![\w])(?:slip|sneak|hide|tuck|put|leave|drop|place|glisser|cacher|deposer|mettre|legen|stecken|verstecken|schmuggeln"
                            r"|meter|meto|dejar|dejo|esconder|poner)\w*(?: [\w'-]+){0,4}? " + _HARMLESS_ITEM.pattern
                            + r"|" + _HARMLESS_ITEM.pattern + r"(?: [\w'-]+){0,5}? (?:legen|stecken|verstecken|deponieren)(?![\w])")
_DOSE_OR_MEAL = re.compile(r"(?<![\w])(?:lac(?:ed|ing)|dosed|spiked|poison\w*|powder\w*|drops?|drinks?|coffee|tea|food|lunch|meals?|water|cups?|mugs?"
                           r"|bottles?|cafe|essen|kaffee|tee|getrank\w*|comida|bebida|repas|boisson\w*|giftig\w*|venen\w*|toxi\w*)(?![\w])")


def _harmless_item_slipped(doc: Doc, q: it.Cue) -> bool:
    """'I'm going to slip a birthday card into my PI's office so nobody notices': a harmless item slipped in as a surprise,
    nothing controlled named and no dose, food or drink in the sentence."""
    if q.kind not in ("use", "evade", "howto") or doc.mentions:
        return False
    s = doc.folded[_sentence_start(doc, q) : _sentence_end(doc, q)]
    return bool(_HARMLESS_SLIP.search(s)) and not _DOSE_OR_MEAL.search(s)


# a harmless food or drink slipped into someone's meal as a treat or a healthier dish ('put some honey in my husband's tea
# without him noticing', 'sneak spinach into my kids' pasta sauce', 'un peu de miel dans le thé de mon mari', 'etwas Honig in den
# Tee meines Mannes', 'un poco de miel en el té'); nothing controlled named and no poison, drug or medicine word in the sentence
_HARMLESS_FOOD = re.compile(r"(?<![\w])(?:honey|sugar|sweetener|cinnamon|vanilla|nutmeg|ginger|lemon|lime|mint|milk|oat milk|cream|butter|salt"
                            r"|pepper|spices?|garlic|onions?|spinach|kale|broccoli|carrots?|courgettes?|zucchini|vegetables?|veggies"
                            r"|lentils|beans|cauliflower|fruit|berries|chia|flax\w*|oats|protein powder|cocoa|chocolate|syrup|juice"
                            r"|miel|sucre|cannelle|legumes|epinards|lait|honig|zucker|zimt|gemuse|spinat|milch|miel|azucar|canela|verduras"
                            r"|espinacas|leche)(?![\w])")
_HARMFUL_ADDITIVE = re.compile(r"(?<![\w])(?:poison\w*|toxi\w*|drug\w*|pills?|tablets?|medic\w*|sedat\w*|sleeping|laxative\w*|antifreeze|bleach"
                               r"|drops|powder(?!ed sugar)|overdos\w*|kill\w*|sick|ill|hurt|harm\w*|dose|dosing|spik\w*|lac(?:e|ed|ing)|roofie\w*"
                               r"|gift\w*|vergift\w*|tabletten|schlaf\w*|mort-aux-rats|somnif\w*|medicament\w*|veneno\w*|pastillas|somnifer\w*"
                               r"|raticida|empoison\w*|envenen\w*|droga\w*|drogue\w*|pilules?)(?![\w])")

# (slipped in unnoticed, the covert part the treat shares with its harmful twin)
_UNNOTICED = re.compile(r"(?<![\w])(?:notic\w*|realis\w*|realiz\w*|sneak\w*|slip\w*|hide|hidden|merkt|bemerkt|aperc\w*|apercoive|cuenta|darse cuenta"
                        r"|sans qu'|ohne dass|sin que"
                        # ... or kept from being noticed in French ("pour qu'il ne le remarque pas", 'combien de miel ... remarque pas')
                        r"|remarqu\w*)")


def _harmless_food_slipped(doc: Doc, q: it.Cue) -> bool:
    """'Can I put some honey in my husband's tea without him noticing?': a harmless food slipped into someone's meal, nothing
    controlled named and no poison, drug, medicine or harm word in the sentence (the harmful twin names one)."""
    if q.kind not in ("use", "evade", "howto") or doc.mentions:
        return False
    s = doc.folded[_sentence_start(doc, q) : _sentence_end(doc, q)]
    return bool(_HARMLESS_FOOD.search(s) and _UNNOTICED.search(s)) and not _HARMFUL_ADDITIVE.search(doc.folded)


# ---- ordinary shopping split across stores or cards for loyalty points, cashback or a coupon ('How do I split my grocery
# purchases across stores and loyalty cards so I get the most points?', 'répartir mes courses ... points de fidélité', 'Einkäufe
# auf mehrere Supermärkte aufteilen ... Payback-Punkte', 'reparto mis compras ... más puntos'); not a controlled item's purchases
# split past a log or threshold ('... so the log doesn't flag me')
_REWARD_WORD = re.compile(r"(?<![\w])(?:points?|loyalty|rewards?|cash ?back|coupons?|vouchers?|discounts?|sign-?up bonus\w*|bonus\w*|air ?miles"
                          r"|fidelite|payback\w*|\w*punkte?n?|rabatt\w*|puntos?|fidelidad|descuentos?|cupon\w*)(?![\w])")
_SPLIT_WORD = re.compile(r"(?<![\w])(?:split\w*|spread\w*|divid\w*|repart\w*|aufteil\w*|teile|verteil\w*|reparto|repartir|divido|dividir)(?![\w])")
_SPLIT_HIDDEN = re.compile(r"(?<![\w])(?:flag\w*|notic\w*|threshold\w*|report\w*|detect\w*|log|limits?|suspic\w*|auffall\w*|auffallt|gemeldet|signal\w*"
                           r"|detect\w*|seuil\w*|umbral\w*|schwelle\w*|cook\w*|meth\w*|bomb\w*|explos\w*)(?![\w])")


def _rewards_split(doc: Doc, q: it.Cue) -> bool:
    """Purchases split across stores or cards for points, cashback or a coupon, nothing controlled named and nothing kept
    from a log or threshold."""
    f = doc.folded
    return q.kind in ("evade", "acquire", "make", "mix") and not doc.mentions and bool(_SPLIT_WORD.search(f)) and bool(_REWARD_WORD.search(f)) \
        and not _SPLIT_HIDDEN.search(f)


# ---- session 17: 'make X safe' as an idiom ---------------------------------------------------------------------------
# an agent or explosive 'made safe' (or 'rendered harmless') ahead of its destruction ('how are old WWI mustard shells that
# farmers plough up made safe and destroyed?', 'wie werden Fundgranaten entschärft'), or an inventor's past product that
# 'made nitroglycerin safer to handle' asked as history: the make-cue's complement is 'safe', nothing is produced. Not with the
# asker's own stock or a wish to copy it ('how do I make my TATP safer to store'), nor a present how-to without destruction
# ('how is TATP made safer to handle?' stays a stabilisation question)
_SAFE_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?(?:safe|safer|harmless|inert|less (?:sensitive|dangerous|hazardous)|more stable)(?![\w])")
_SAFE_DESTROYED = re.compile(r"(?<![\w])(?:destroy(?:ed|s|ing)?|destruction|dispos(?:ed|al|ing)|demilitari[sz]\w*|neutrali[sz](?:ed|ation)|incinerat\w*"
                             r"|blown in place|detonated in place|bomb (?:squad|disposal)|eod|ordnance|unexploded|uxo|dug up|ploughed up|plowed up"
                             r"|turned up|found|recovered|old|legacy|abandoned|dumped|sea-dumped)(?![\w])")
_SAFE_HISTORY = re.compile(r"(?<![\w])(?:histor\w*|invent\w*|inventor|lecture|century|centuries|1[6-9]\d\d|nobel|pioneer\w*|changed|revolutioni[sz]\w*"
                           r"|era|patent\w*)(?![\w])")
_SAFE_TARGET = re.compile(r"(?<![\w])(?:people|crowds?|targets?|vehicles?|victims?|enemy|anyone|someone|carry|transport\w*|smuggl\w*|plant\w*"
                          r"|store|storing|storage|keep|stockpil\w*)(?![\w])")


def _made_safe(doc: Doc, q: it.Cue) -> bool:
    """'How are old WWI mustard shells ... made safe and destroyed?', 'Nobel's dynamite made nitroglycerin safer to handle':
    the make-cue's complement is 'safe' or 'safer', said of found munitions before their destruction or of an inventor's past
    product; not with the asker's stock, a copy, or the thing kept, carried or used after."""
    if q.kind != "make" or not re.fullmatch(r"make|makes|made|making|render|renders|rendered|rendering", q.text):
        return False
    f = doc.folded
    if not _SAFE_AFTER.match(f, q.end) or _FIRST_ANY.search(f) or _REPLICATE.search(f) or _SAFE_TARGET.search(f):
        return False
    s0, e0 = _sentence_start(doc, q), _sentence_end(doc, q)
    if _SAFE_DESTROYED.search(f[s0 : e0 + 1]):
        return True
    return q.text in ("made", "rendered") and bool(_SAFE_HISTORY.search(f)) and not _OPERATIONAL.search(f)


# a purpose clause in which the asker's own screening is meant to catch something ('set up our procurement system so it flags
# suspicious orders of CWC-scheduled chemicals for review', 'so that it catches ...', 'tune the LIMS so it reports any order of
# a List I chemical'): detection is the aim, nothing is kept from anyone; not negated ('so it doesn't flag'), restricted ('only
# flags', 'flags nothing'), made to misread the goods ('flags it as a solvent') or said of a watcher kept out ('so nobody notices')
_DETECT_PURPOSE = re.compile(r"(?:so|so that|such that) (?:it|they|the (?:[\w-]+ ){0,2}?(?:system|software|screen\w*|filter|check|tool|platform|lims|erp"
                             r"|database|workflow|process)) (?:will |would |can |automatically |always )?(?:flag|catch|detect|spot|report|notice"
                             r"|identif|alert|block|hold|stop|escalat|highlight)\w*(?![\w])")
_DETECT_UNDONE = re.compile(r"(?<![\w])(?:not|no|nothing|never|only|fewer|less|without|as (?:an? )?(?:normal|harmless|legit\w*|ordinary|routine|solvent)"
                            r"|ignor\w*|skip\w*|miss\w*|let through|whitelist\w*|stops? flagging|false positives?|don't|doesn't|won't)(?![\w])")


def _detection_purpose(doc: Doc, q: it.Cue) -> bool:
    """'Set up our procurement system so it flags suspicious orders of drug-precursor chemicals for review': the evade-cue
    is the asker's own screening meant to catch orders; not negated, restricted or misreading the goods."""
    if q.kind != "evade":
        return False
    f = doc.folded
    m = _DETECT_PURPOSE.match(f, q.start)
    if m is None:
        return False
    e0 = _sentence_end(doc, q)
    return not _DETECT_UNDONE.search(f[q.start : e0 + 1])

"""Intent cues: what the text asks to *do* with a substance (English, French, German, Spanish, plus a
few Italian/Portuguese/Russian forms). Patterns run on folded text (lower case, no accents).

Cue kinds:
- ``make``: synthesise, produce, prepare, extract, purify, culture, scale up, stabilise ...
- ``acquire``: buy, order, obtain, get hold of ...
- ``use``: weaponise, disperse, detonate, release against people, poison someone ...
- ``enhance``: more potent/toxic/stable, design analogues, keep it from hydrolysing ...
- ``evade``: avoid detection, scanners, export controls, end-user certificates, scheduling ...
- ``procedure``: (weak) procedure, protocol, step-by-step, exact quantities, realistic technical detail
- ``scale``: in quantity, kilogram, bulk ...

Forms decide word order: a ``verb`` takes its object after it; a ``part`` (participle) or ``noun``
can also follow the substance ("sarin synthesis", "how is VR produced").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from paperqa_mat.safety import multilingual as ml
from paperqa_mat.safety import verbs


@dataclass(frozen=True)
class Cue:
    kind: str
    form: str
    start: int
    end: int
    text: str
    weak: bool = False
    strict: bool = False  # from the broad verb classes (verbs.py): pairs only with specific agents


def _rx(words: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w])", re.U)


# an ordinary good that a controlled chemical is passed off as on paperwork ('an ordinary industrial solvent', 'a generic
# pharmaceutical intermediate', 'vitamin premix'), not a truthful class ('a Schedule 2 chemical', 'dangerous goods')
_TRUE_CLASS = (r"(?:controlled|dual-use|dual use|scheduled|schedule|hazardous|dangerous|precursors?|listed|regulated|toxic|restricted|cwc|weapons?"
               r"|poisons?|narcotics?|simulants?|un\d+)(?![\w])")
_GENERIC_GOOD = (r"(?:an? |the |some )?(?!(?:[\w-]+ ){0,3}?" + _TRUE_CLASS + r")(?:[\w-]+ ){0,3}?(?:solvents?|intermediates?|chemicals?|products?"
                 r"|reagents?|materials?|ingredients?|additives?|cleaners?|supplies|goods|parts?|dyes?|inks?|fertili[sz]ers?|medicines?"
                 r"|pharmaceuticals?|excipients?|compounds?|substances?|premix(?:es)?|vitamins?|supplements?|auxiliar(?:y|ies)|lubricants?"
                 r"|detergents?|coatings?|resins?|pesticides?|flavou?rings?|fragrances?|plasticis\w+|plasticiz\w+|catalysts?|samples?)")
# an evasion ranked or optimised: 'the least detectable one', 'least likely to match a GC-MS library', 'ranked by how rarely
# they get caught', 'a detection-free process', 'without an export licence', 'am schwersten nachzuweisen', 'lo menos detectable'
# tests, strips and screens in French, Spanish, Italian and German, for the passive 'not detected by' cue
_TEST_WORDS_EU = (r"(?:(?:les |la |le |l'|des |un |une |los |las |el |la |lo |un |una |i |gli |le |il |lo |i )?(?:[\w'-]+ ){0,2}?"
                  r"(?:bandelettes?|tests?|analyses?|depistages?|screenings?|tiras|pruebas?|analisis|tests?|controles?|strisce|striscette"
                  r"|analisi|esami|kits?)(?![\w]))")
RANKED_EVADE = (r"(?:least|less|hardest|harder|most difficult|more difficult) (?:likely )?(?:to be |to get )?"
                r"(?:detect\w*|traceable|noticeable|to (?:detect|trace|spot|catch|notice|identify)|caught|flagged"
                r"|likely to (?:be |get )?(?:detected|flagged|caught|noticed|seized|stopped|intercepted|identified|match\w*|trigger\w*|show up|set off|register))"
                r"|(?:rarely|seldom|never|least often|less often) (?:\w+ )?(?:get|gets|are|is|be|being) (?:caught|detected|flagged|seized|stopped"
                r"|intercepted|noticed|picked up)"
                r"|(?:detection|detector|scanner|sniffer|swab|trace|signature|forensic)[- ](?:free|proof|resistant|safe)"
                # ... also a licence named with the definite article or a possessive ('without the export licence', 'without our
                # import permit', 'without the required export licence')
                r"|without (?:a |an |any |the |our |my |their |his |her )?(?:required |necessary |needed )?(?:export|import|end-user|valid"
                r"|proper|the required) (?:licen[cs]es?|permits?|authori[sz]ations?)"
                r"|without (?:the |a |any )?licen[cs]es?(?![\w])"
                r"|am (?:schwersten|wenigsten) (?:nachweisbar|nachzuweisen|zu entdecken|entdeckbar|auffindbar|zu erkennen|zu finden|aufzuspuren)\w*"
                r"|(?:le|la|lo|el) (?:moins|menos) (?:detectable|rastreable|tracable)s?"
                # the watcher named between ('the hardest one for sniffer dogs and scanners to detect', 'hardest for the dogs to
                # smell', 'le plus difficile à détecter pour les chiens', 'el más difícil de detectar para los perros')
                r"|(?:least|hardest|harder|toughest|most difficult|more difficult) (?:ones? |of them |[\w-]+s? )?for (?:[\w'-]+ ){1,5}?to "
                r"(?:detect|spot|find|smell|sniff(?: out)?|pick up|catch|notice|identify|trace)"
                r"|(?:le|la|les|el|lo) (?:plus|mas) dif(?:f)?icil(?:e|es)? (?:a|de) (?:detecter|reperer|trouver|sentir|detectar|encontrar|rastrear|oler)")
RANKED_EVADE_RX = re.compile(RANKED_EVADE)

# a buying verb, its object, then 'without a prescription' in English and the Romance languages and German
PRESCRIPTION_DODGE = (r"(?:buy|buying|order|ordering|purchas(?:e|ing)|get|getting|obtain|obtaining|acheter|achete|commander|procurer|kaufen|kaufe"
                      r"|bestellen|bestelle|besorgen|bekommen|comprar|compro|compra|conseguir|consigo|adquirir|obtener|comprare|acquist\w*|ordinare"
                      r"|procurar\w*|arranjar|encomendar)(?: [\w'-]+){0,5}? (?:without|w/o|sans|ohne|sin|senza|sem) (?:a |an |any |une |un |una |uma "
                      r"|um |ein |eine |la |a )?(?:medical |doctor's |valid )?(?:prescriptions?|script|rx|ordonnance|rezept|receta|ricetta|receita)(?![\w])")
PRESCRIPTION_DODGE_RX = re.compile(PRESCRIPTION_DODGE)

# what 'reinigen' cleans rather than purifies ('wie reinigt das Labor die Glasgeräte', 'die Hände reinigen'): not production
_CLEANED_THING = (r"(?:glasgerat\w*|hande|handen|haut|kleidung|auto|autos|wagen|reaktor\w*|kolben|gerate|geraten|oberflach\w*|boden|raum|raume"
                  r"|tisch\w*|abzug|kofferraum|wohnung|kuche|werkzeug\w*|flaschen?|behalter|abfluss\w*|rohre?|anlagen?|arbeitsplatz)(?![\w])")
# (kind, form, weak, pattern)
# a trace detector or a dog that a vapour or odour is kept below ('airport trace detectors', 'sniffer dogs', 'K9 teams')
_SNIFFER = r"(?:detectors?|dogs?|sniffers?|k-?9s?|scanners?|swabs?|sensors?|etds?|ims|screening|screeners?|noses?)"
# what a scanner or dog is made to take a hidden substance for ('something harmless', 'sugar', "quelque chose d'inoffensif", 'harmlos')
_HARMLESS = (r"(?:(?:d')?(?:harmless|benign|innocuous|innocent|inert|ordinary|normal|legit\w*|inoffensi\w*|anodin\w*|banal\w*|harmlos\w*"
             r"|unbedenklich\w*|ungefahrlich\w*|inofensiv\w*|inocu\w*)|something else|anything else|sugar|salt|flour|talc|starch|caffeine"
             r"|baking (?:soda|powder)|milk powder|powdered milk|detergent|soap|lotion|coffee|vitamins?|protein powder|sucre|farine|zucker|mehl"
             r"|azucar|harina)")
_PATTERNS: list[tuple[str, str, bool, str]] = [
    # ---- make: English
    ("make", "verb", False, r"synthesi[sz]e|synthesi[sz]ing|synthesi[sz]es|synthetise|make|making|makes|manufactur(?:e|es|ing)|produc(?:e|es|ing)"
     r"|s[iy]n?the?s[iy][sz](?:e|es|ing)|mak|mke|maek|amke|mkae|makeing|assembles|constructs|builds|wires|mixes up"
     r"|contaminat(?:e|ing) (?:\w+ ){0,4}?(?:water|reservoir|food|supply|supplies|air|city|drinks?)"
     r"|forming|to form|to (?:get|obtain|give|yield)(?: (?:the|a|some|pure|more))?"
     r"|costru(?:ire|isce|isco|iamo)|construye|construir|construire|construit|construis|construisez|bauen"
     r"|prepar(?:e|es|ing)|cook(?:s|ing)?|brew(?:s|ing)?|formulat(?:e|ing)|concoct(?:ing)?|extract(?:s|ing)?|isolat(?:e|ing)"
     r"|purif(?:y|ies|ying)|distill?(?:ing)?|recrystalli[sz](?:e|ing)|crystalli[sz](?:e|ing)|cultur(?:e|ing)|cultivat(?:e|ing)"
     r"|grow(?:ing)?|ferment(?:ing)?|express(?:ing)?|clon(?:e|ing)|nitrat(?:e|ing)|build(?:s|ing)?|assembl(?:e|ing)"
     r"|construct(?:ing)?|creat(?:e|es|ing)|generat(?:e|ing)|obtain(?:ing)?|scal(?:e|ing) (?:it |this |that )?up"
     r"|mass[- ]produc(?:e|ing)|stabili[sz](?:e|ing)|convert(?:s|ing)?|turn(?:s|ing)? (?:[\w'-]+ ){1,5}?into"
     r"|refin(?:e|ing)|concentrat(?:e|ing)|enrich(?:ing)?|dry(?:ing)? (?:it|them)|whip up|knock up|put together"
     r"|design(?:ing)?|invent(?:ing)?|develop(?:ing)?|engineer(?:ing)?|homebrew|home-brew|reproduce|replicate|recreate"
     r"|get (?:it|them|this) (?:pure|purer|dry|crystalline)|do (?:the|this) (?:synthesis|reaction|nitration|extraction)"
     r"|(?:to )?end up with|arrive at|get(?:ting)? (?:\w+ ){1,3}?to (?:form|react|crystalli[sz]e|precipitate|come out|cyclise|couple)|cucin(?:are|a|o)|press(?:ing|ed)? (?:\w+ ){0,2}?(?:pills|tablets)|pill press(?:es)?|tablet press(?:es)?"),
    ("make", "part", False, r"synthesi[sz]ed|made|manufactured|produced|prepared|cooked|brewed|extracted|isolated|purified"
     r"|distill?ed|cultured|cultivated|grown|obtained|formulated|nitrated|assembled|built|scaled up|mass-produced"
     r"|stabili[sz]ed|refined|concentrated|engineered|designed"),
    ("make", "noun", False, r"synthesis|syntheses|synth|synthetic route|synthetic routes|synthetic pathway|production|manufacture"
     r"|manufacturing|preparation|prep|recipe|recipes|route|routes|pathway to|(?:sequence|series|chain|order) of (?:reactions|steps) (?:\w+ ){0,3}?(?:get|gets|take|takes|lead|leads|go|goes)"
     r"|reaction (?:sequence|scheme)s? (?:\w+ ){0,3}?(?:get|gets|take|takes|lead|leads|to)|formulation|extraction|isolation|purification"
     r"|cultivation|scale-up|scaleup|cook|yield|yields|reaction conditions|reagents|ingredients|starting materials|precursors needed"
     r"|(?:what|which) (?:\w+ )?(?:precursors?|reagents?|chemicals?|starting materials?|ingredients?|equipment) (?:do|would|should|will|must|did) (?:i|we|you|one|someone) (?:need|use|buy|get)"
     r"|(?:next|final|last|key) steps? (?:to|for|towards?|in)|conditions (?:for|favou?r(?:ing)?|to make|needed)"
     r"|instructables?|blueprints?|schematics?|build plans?|plans for|(?:step-by-step|detailed|complete|full) (?:guide|manual|walkthrough)"
     r"|bau|zum bau|retrosynthes[ei]s|retrosynthetic|retrosynthetic analysis|disconnections?|flowsheet|flow sheet"
     r"|(?:manufacturing|production|industrial|synthetic|chemical) process(?:es)?|process (?:to make|for making|to produce|for producing)"
     r"|how-to|diy|homebrew|how (?:to|2)(?=\W*$)"),
    # French
    ("make", "verb", False, r"synthetis(?:er|e|ez|ons|ant)|fabriqu(?:er|e|ez|ons|ant)|produi(?:re|s|sez|sons)|prepar(?:er|ez|ons)"
     r"|obtenir|extrair(?:e)|purifi(?:er|ez)|(?:re)?cristallis(?:er|ez|ons)|concentr(?:er|ez|ons)|cultiv(?:er|ez)|stabilis(?:er|ez)|concevoir|realiser|raffiner|distiller"
     r"|faire|fais|faites"
     # 'formuler' a substance, with a partitive ('formuler de la méthamphétamine'), not 'formuler une question sur ...'
     r"|formul(?:er|ez|ons)(?= (?:de la|du|des|de l'|d'|de) ?)"),
    ("make", "part", False, r"synthetise(?:e|s|es)?|fabrique(?:e|s|es)?|produite?s?|obtenue?s?|extraite?s?|purifiee?s?"),
    ("make", "noun", False, r"synthese|fabrication|recette|mode operatoire|procede de fabrication|voie de synthese|rendement"),
    # German
    ("make", "verb", False, r"herstell(?:en|e|t|st)|synthetisier(?:en|e|t|st)|produzier(?:en|e|t)|erzeug(?:en|e|t)"
     r"|mach(?:en|e|t|st)|bau(?:en|e|t|st)|bastel(?:n|e|t|st)|bastl(?:e|st|t)|gewinn(?:en|e|t)|extrahier(?:en|e|t)|isolier(?:en|e|t)"
     r"|konzentrier(?:en|e|t|st)(?! (?:mich|dich|sich|uns|euch))"
     r"|reinig(?:en|e|t)(?!(?: (?:man|ich|wir|du|sie|er|das|die|den|der|dem|mein\w*|unser\w*|sein\w*|ihr\w*|euer\w*|eur\w*|alle|labor|team)){0,4} "
     + _CLEANED_THING + r")|aufreinig(?:en|e|t)|zucht(?:en|e|et)|kultivier(?:en|e|t)|stabilisier(?:en|e|t)"
     r"|destillier(?:en|e|t)|koch(?:en|e|t)|stell(?:e|t|en|st) [^.?!]{0,80}? her(?![\w])"
     # 'formulieren' a substance, not a text ('wie formuliere ich Methamphetamin', not 'wie formuliere ich eine Frage')
     r"|formulier(?:en|e|t|st)(?= (?:ich |man |wir )?(?!(?:ich|man|wir|eine?[nmrs]?|den|die|das|der|dem|mein\w*|dein\w*|sein\w*|ihr\w*|unser\w*"
     r"|dies\w*|welche\w*|kein\w*|so|es|sie|etwas|frage\w*|text\w*|brief\w*)(?![\w]))\w)"
     # brought or left to react or crystallise ('wie bringe ich Aceton und Wasserstoffperoxid zum Reagieren', 'wie lasse ich ... reagieren')
     r"|bring(?:e|en|t|st) [^.?!]{0,80}? zum (?:reagieren|kristallisieren|auskristallisieren|explodieren|knallen)(?![\w])"
     r"|lass(?:e|en|t|st) [^.?!]{0,80}? (?:reagieren|kristallisieren|auskristallisieren)(?![\w])"),
    ("make", "part", False, r"hergestellt|synthetisiert|produziert|erzeugt|gemacht|gebaut|gewonnen|extrahiert|gereinigt|gezuchtet"),
    ("make", "noun", False, r"herstellung|synthese|produktion|rezept|syntheseweg|aufreinigung|gewinnung|bauanleitung|ausbeute"),
    # Spanish / Italian / Portuguese
    ("make", "verb", False, r"sintetiz(?:ar|a|o|as|amos|ando)|fabric(?:ar|a|o|as|ando)|produc(?:ir|imos|iendo)|produzir"
     r"|prepar(?:ar|a|o|as|ando)|hac(?:er|e|es|emos|iendo)|hago|elabor(?:ar|a|o)|formul(?:ar|o|amos)(?! (?:una?|mis?|tus?|sus?|est[ea]s?|es[ae]s?|otr[ao]s?|algun[ao]?s?|nuestr[ao]s?|la pregunta|el texto|la carta) )|obten(?:er|go)|obtien(?:e|es)"
     r"|extra(?:er|igo)|purific(?:ar|a|o)|cultiv(?:ar|a|o)|estabiliz(?:ar|a|o)|cocin(?:ar|a|o)|armar|construir"
     r"|sintetizzare|produrre|fabbricare|preparare|fazer|produzco|fabrico|preparo|sintetizo|obtengo|elaboro|cocino|armo|monto|construyo|consigo|armas? (?:un|una)"
     r"|sintetizz(?:a|o|iamo|ano)|fabbric(?:a|o|hiamo)|produc(?:o|ono)|si fa|fare|sintetiza|produz(?:o|a|em)?|faz|fazem|fabricam|sintetizam|preparam"
     r"|herzustellen|zu (?:synthetisieren|produzieren|machen|bauen|basteln|gewinnen|extrahieren|kochen|erzeugen)"),
    ("make", "part", False, r"sintetizad[oa]s?|fabricad[oa]s?|producid[oa]s?|preparad[oa]s?|hech[oa]s?|elaborad[oa]s?"
     r"|obtenid[oa]s?|extraid[oa]s?|purificad[oa]s?"),
    ("make", "noun", False, r"sintesis|sintese|sintesi|fabricacion|produccion|preparacion|receta|ricetta|receita"
     r"|ruta sintetica|extraccion|purificacion|rendimiento|rendimento"),  # (the yield, as English 'yield')
    # more Spanish/Italian/Portuguese verbs; Dutch; Polish
    ("make", "verb", False, r"cristaliz(?:ar|o|a|as|amos|ando)|recristaliz(?:ar|o|a)|destil(?:ar|o|a)|refin(?:ar|o|a)|concentr(?:ar|o)"
     r"|estrarre|estraggo|purificare|purifico|cristallizzare|coltivare|ottenere|raffinare|distillare|cozinhar|cozinho|extrair|extraio"
     r"|maken|maak|maakt|bereiden|bereid|synthetiseren|produceren|kweken|kweek|kweekt|haal (?:\w+ ){0,4}?eruit|koken|kook|extraheren|zuiveren|bouwen|bouw|vervaardigen|aanmaken"
     # Dutch isolating and concentrating ('hoe kan ik saxitoxine uit mosselen isoleren en concentreren')
     r"|isoleren|isoleer|isoleert|concentreren|concentreer|concentreert|extraheer|extraheert|zuiver|zuivert|destilleren|destilleer"
     r"|zrobic|wyprodukowac|przygotowac|zsyntetyzowac|zbudowac|ugotowac"
     r"|yapilir|yapmak|yaparim|yapabilirim|yapariz|uretilir|uretmek|uretirim|sentezlenir|sentezlemek|hazirlanir|hazirlamak"
     r"|faco|fazemos|raffin(?:a|o|are|iamo)|(?:upgrad(?:e|ing)|transform(?:ing)?|modify(?:ing)?|chang(?:e|ing)) (?:\w+ ){0,3}?into"
     r"|(?:finish|finishing|complete|completing) (?:the |my |our |their )?(?:agent|synthesis|reaction|batch|product|job|cook|last step|final step)"),
    ("make", "noun", False, r"bereiding|bereidingswijze|(?:stapsgewijze|gedetailleerde|volledige) handleiding|productie|syntheseroute|syntheseweg|grondstoffen|recept|przepis|synteza|produkcja"),
    ("scale", "noun", False, r"in grote hoeveelheden|in grande quantita|em grande quantidade|w duzych ilosciach"),
    # Russian
    ("make", "verb", False, r"синтезировать|сделать|изготовить|произвести|получить|приготовить|синтез|рецепт"),
    # ---- scale (counts as make)
    ("scale", "noun", False, r"in quantit(?:y|ies)|in bulk|at scale|large[- ]scale|industrial(?:-| )scale|industrial quantities"
     r"|kilograms?|kilos?|kg|gram[- ]scale|multi-?grams?|multigram|tonnes?|tons|(?:much |a )?(?:bigger|larger|big|large) batch(?:es)?"
     r"|mass quantities|en grande quantite|a grande echelle|en cantidad|a gran escala|in (?:grossen|grosser) mengen?|grossmengen"),
    # ---- acquire
    ("acquire", "verb", False, r"buy|buying|purchas(?:e|ing)|acquir(?:e|ing)|procur(?:e|ing)|sourcing|source (?:it|them|some)"
     r"|order(?:ing)? (?:it|them|some|online)|get hold of|get my hands on|steal(?:ing)?|divert(?:ing)?|smuggl(?:e|ing)"
     # (not what is learned or sought for help: 'where can I find out', 'find more information about them', 'find a counsellor')
     r"|(?:where|how) (?:can|could|do|would|should|might) (?:i|we|one|you|someone) (?:get(?! rid)|find(?! out| (?:more |some |further |any |reliable )?"
     r"(?:information|info|details|advice|help|support|resources|a counsell?or|counsell?ing|treatment|a doctor|a naloxone))|obtain|buy|order)"
     r"|who sells|sell me|suppliers? (?:of|for|that)|vendors? (?:of|for|that)|acheter|se procurer|procurer|kaufen"
     r"|beschaffen|besorgen|bestellen|comprar|conseguir|adquirir|купить|darknet|dark web"
     # the German where-word with 'bekommen' or 'kriegen ... her' ('wo kann ich Crystal Meth bekommen', 'wo kriege ich Fentanyl her',
     # 'wo man hier Crystal Meth bekommen kann'); not help, information or a treatment place got ('wo kann ich Hilfe bekommen'),
     # also after the person's relative clause ('wo bekomme ich für meinen Bruder, der Kokain konsumiert, Hilfe')
     r"|(?:wo|woher) (?:(?:kann|konnte|koennte|konnen|koennen) )?(?:ich|man|wir)(?=(?: [\w-]+){1,8}? (?:bekommen|kriegen|herbekommen|herkriegen|auftreiben|her)(?![\w]))"
     r"(?!(?: [\w-]+){0,6}?(?:, (?:der|die|das|welche\w*) [^,.?!]{1,80},)? (?:hilfe|informationen|infos?|beratung|[\w-]*therapie\w*|naloxon|rat|unterstutzung|[\w-]*angebot\w*|termin|(?:ein|einen) rezept)(?![\w]))"
     r"|(?:wo|woher) (?:bekomme|bekommt|kriege|krieg|kriegt) (?:ich|man|wir)(?!(?: [\w-]+){0,6}?(?:, (?:der|die|das|welche\w*) [^,.?!]{1,80},)? (?:hilfe|informationen|infos?|beratung|[\w-]*therapie\w*"
     r"|naloxon|rat|unterstutzung|[\w-]*angebot\w*|termin|(?:ein|einen) rezept)(?![\w]))"
     # the Italian buying verbs ('dove posso acquistare fentanil', 'come comprare ...', 'procurarsi') and the Portuguese first person
     r"|acquist(?:are|o|iamo|ate)|compr(?:are|iamo|ate)|procurar(?:si|mi|ci)|compramos"
     r"|shopping list|parts list|bill of materials|(?:what|which) (?:\w+ ){0,2}(?:do|should|would|must) (?:i|we) (?:buy|order|get)|what to buy|liste de courses|einkaufsliste|lista de (?:compras|la compra)"),
    ("acquire", "part", False, r"bought|purchased|acquired|procured|stolen|diverted"),
    # ---- use / weaponise / harm
    ("use", "verb", False, r"weaponi[sz](?:e|es|ing|ation)|aerosoli[sz](?:e|es|ing|ation)|dispers(?:e|es|ing|al)"
     r"|disseminat(?:e|es|ing|ion)|detonat(?:e|es|ing)|set (?:it |them )?off|blow (?:it |them |something |things )?up"
     r"|fill (?:a |the )?(?:shells?|munitions?|warheads?|rockets?|bombs?|grenades?|canisters?)"
     # ... in French and Spanish ('remplir une bombe artisanale de poudre noire', 'llenar una bomba casera')
     r"|(?:remplir|llenar|rellenar) (?:une |la |les |des |una |la |las |unas )?(?:bombes?|bombas?|obus|grenades?|granadas?|munitions?"
     r"|municiones?|proyectiles?)(?! (?:aerosol|calorimetri\w+|insecticide|de (?:bain|peinture|chantilly|laque|agua)|en (?:teflon|ptfe)))"
     r"|load(?:ing)? (?:\w+ ){0,3}?into|pack(?:ing)? (?:\w+ ){0,3}?into|press(?:ing)? (?:\w+ ){0,3}?into|fill(?:ing)? (?:\w+ ){0,3}?with"
     r"|rig(?:s|ging)?|vent(?:s|ing)? (?:it |them )?into|poison(?:ing)? (?:\w+ ){0,3}?(?:water|reservoir|food|supply|supplies|city|drinks?)"
     r"|pump (?:\w+ ){0,3}?into|spray (?:\w+ ){0,3}?(?:on|at|into|over|onto)|release (?:\w+ ){0,3}?(?:in|into|on|at|over|against|inside)"
     r"|initiat(?:e|es|ing)|fuse (?:it|them)|arm (?:it|them|the)"
     r"|deploy(?:ing)?|delivery system|deliver(?:ing)? (?:it|them) (?:to|into|on|at)"
     r"|poison(?:ing)? (?:someone|somebody|people|a person|him|her|them|my|his|the water|a water|water supplies|food|drinks?|a city)"
     r"|kill(?:ing)? (?:someone|somebody|people|a person|him|her|them|my|his|as many|many|everyone|civilians|soldiers|troops)"
     r"|murder|assassinat(?:e|ion)|hurt(?:s|ing)? (?:people|someone|somebody|a person|them|him|her|many)"
     r"|harm(?:ing)? (?:people|someone|somebody|a person|many)|injur(?:e|ing) (?:people|someone|many)|maim"
     r"|mass casualt(?:y|ies)|maximum casualties|as many casualties|casualties as possible"
     r"|maximi[sz](?:e|es|ing) (?:the )?(?:casualties|deaths|fatalities|victims|death toll|body count)"
     r"|(?:enough|sufficient|needed|required) to (?:destroy|level|flatten|blow up|wreck|kill|take out) (?:a |an |the |my |his |her |their )?"
     r"(?:\w+ )?(?:car|house|building|bridge|truck|vehicle|room|person|people|crowd|bus|train)s?"
     r"|lethal (?:concentrations?|doses?|levels?|exposures?) (?:\w+ ){0,2}?(?:across|over|in|throughout|for) (?:a |an |the |our )?(?:\S+ ){0,3}?"
     r"(?:area|town|city|downtown|neighbou?rhood|crowds?|stadium|district|streets?|station|square|village|population|residents)"
     r"|against (?:people|humans|civilians|troops|soldiers|the enemy|enemy|crowds?|a crowd|protesters|trenches|enemy trenches|a city|targets?)"
     r"|(?:use|using|turn|turning|make|making) (?:\w+ ){0,3}(?:as|into) (?:a )?weapons?|use (?:it|them) (?:on|against)"
     r"|(?:release|spray|vent|pump|put|plant|leave|spread|drop|throw|introduce|dump|hide) (?:\w+ ){0,4}(?:in|into|on|at|over|near|inside|through) (?:\w+ ){0,3}"
     r"(?:crowds?|stadium|subway|metro|school|mall|concert|ventilation|air intake|hvac|water supply|reservoir|building|office|train|plane|aircraft|city|room|car|drink|food)"
     r"|(?:carry out|plan|planning|stage|launch|commit) (?:an? )?(?:terror(?:ist)? |chemical |gas )?attacks?|attack people"
     r"|militaris(?:er|ez)|disperser|diffuser|repandre|tuer|blesser|freisetz(?:en|t|e)|verbreit(?:en|et|e)|verspruh(?:en|t|e)"
     r"|setz(?:t|e|en) [^.?!]{0,40}? frei(?![\w])|tot(?:en|et)|verletz(?:en|t)"
     r"|spray(?:ing)? (?:it|them)|(?:from|out of) (?:an? |the )?(?:aircraft|plane|airplane|drone|helicopter|crop duster|balloon)"
     r"|dispersar|rociar|matar|herir|lastimar|hacer dano|detonar|sprengen|faire sauter"
     # a charge fired ('um den Sprengstoff aus der Ferne zu zünden', 'wie zünde ich'), not the 3rd person 'zündet' of a mechanism
     r"|zunden|zunde|zur explosion bringen|hochgehen lassen"
     r"|envenen(?:ar|o|a|ando)|empoisonn(?:er|e|ez)|vergift(?:en|e|et)|avvelen(?:are|o|a)|uccider(?:e|lo|la)|ammazzar(?:e|lo|la)"
     r"|(?:zerstor\w*|in die luft (?:zu )?jagen|sprengt|destruir|destruye|volar|detruire|faire sauter|distrugger\w*|far saltare|explodir|destruir)"
     r" (?:\w+ ){0,3}?(?:haus|hauser|gebaude|auto|brucke|casa|casas|edificio|coche|puente|maison|batiment|voiture|pont|palazzo|macchina|ponte|predio|carro)"
     r"|(?:haus|gebaude|auto|brucke) (?:\w+ ){0,2}?(?:zerstort|zerstoren|sprengt|sprengen)"
     # a settlement or its people destroyed ('destroy a city with sarin', 'destruir una ciudad', 'détruire une ville', 'eine Stadt
     # zerstören', 'distruggere una città', 'destruir uma cidade'): harm, while destroying a stockpile is demilitarisation
     r"|(?:destroy|wipe out|annihilate|obliterate|depopulate|zerstor\w*|vernicht\w*|ausloschen|auszuloschen|destrui\w*|destruy\w*|destruo"
     r"|destroi|detrui\w*|distrugg\w*|annientare|aniquilar|aneantir|rayer) (?:\w+ ){0,3}?(?:city|cities|town|towns|village|villages|neighbou?rhood"
     r"|population|crowd|ciudad|ciudades|pueblo|ville|villes|stadt|stadte|dorf|citta|paese|cidade|cidades|aldeia|poblacion|populacao"
     r"|popolazione|bevolkerung)(?![\w])"
     r"|(?:stadt|dorf|bevolkerung) (?:\w+ ){0,3}?(?:zerstoren|zerstore|vernichten|ausloschen)(?![\w])"),
    # ---- enhance / design
    ("enhance", "verb", False, r"(?:make|making|render|rendering|turn|get|getting|become|design|designing|create|creating|produce|producing|engineer|engineering|keep|keeping)"
     r" (?:\w+ ){0,3}?(?:to be |to stay |to remain )?(?:more|less) (?:potent|toxic|lethal|deadly|powerful|stable|persistent|volatile|effective|concentrated|dangerous|destructive|transmissible|virulent"
     r"|sensitive|shock-sensitive|detectable|visible|soluble|bioavailable|absorbable|degradable|reactive|smelly|noticeable)"
     r"|more (?:potent|toxic|lethal|deadly|powerful|stable|persistent|destructive|transmissible|virulent) (?:version|variant|analogu?e|analog|form|derivative|agent|explosive|strain)s?"
     r"|without (?:\w+ )?(?:decomposition|decomposing|degradation|degrading|hydrolysis|hydrolysing|hydrolyzing|losing|going off|breaking down)"
     r"|(?:store|keep|storing|keeping) (?:\w+ ){0,3}?(?:long[- ]term|for (?:months|years|a long time))"
     r"|gets?(?:ting)? (?:\w+ ){0,3}?(?:pure|purer|high-purity|high purity|clean|crystalline|anhydrous|stable)"
     r"|(?:increase|increasing|boost|boosting|maximi[sz]e|maximi[sz]ing|enhanc(?:e|ing)|improv(?:e|ing)) (?:its |the |their )?"
     r"(?:potency|toxicity|lethality|yield|stability|persistence|power|transmissibility|virulence|purity|brisance|blast|damage|shelf life)"
     r"|(?:keep|keeping|retain|retaining|while keeping|preserv(?:e|ing)) (?:\w+ )?(?:potency|toxicity|activity|lethality)"
     r"|keeps?(?:ing)? (?:\w+ ){0,2}?from (?:hydroly\w*|degrad\w*|decompos\w*|breaking down|losing|going off)"
     r"|prevent(?:ing)? (?:it |them )?from (?:hydroly\w*|degrad\w*|decompos\w*|breaking down)|shelf[- ]life|long[- ]term storage"
     r"|(?:so|such that|so that) (?:it|they|the agent|the product|mine|ours|my \w+|our \w+|the \w+|this|that) (?:doesn't|don't|won't|does not|do not|will not|wouldn't|can't) (?:\w+ )?"
     r"(?:degrade|decompose|hydroly\w*|break down|lose (?:its |their )?potency|go off)"
     r"|(?:purer|more pure|higher[- ]purity|cleaner|more stable|more potent|stronger|better) (?:version|batch|product|form|sample|variant)"
     r"|stabili[sz]er|stabili[sz]ing agent|stabilisator(?:en)?|stabilisant|estabilizante|stabilizzante|(?:new|novel|unscheduled|undetectable) (?:analogu?es?|variants?|agents?|derivatives?)"
     r"|analogu?es? (?:that|which) (?:would|could|are|is|aren't|are not|isn't|won't|escape|evade|avoid|keep|retain)"
     r"|(?:propose|proposing|suggest|suggesting|generate|generating|design|designing|enumerate|find) (?:\w+ ){0,3}?(?:analogu?es?|analogs?|derivatives|variants|homologu?es)"
     r"|(?:what|which) (?:\w+ ){0,2}(?:should|can|could|do|would|must) (?:i|we) (?:add|mix) (?:to|into|with)"
     # staying stable or potent in storage ('store sarin so it stays stable for months', 'pour qu'il reste stable', 'damit es
     # stabil bleibt', 'para que no se degrade', 'conservare il sarin a lungo')
     r"|(?:so|so that|such that) (?:it|they|the \w+|this|that) (?:stays?|remains?|keeps?|is still|are still) (?:\w+ )?(?:stable|potent|active|viable|toxic"
     r"|lethal|effective|usable)"
     r"|(?:reste|restent|demeure) (?:\w+ )?(?:stable|actif|active|puissant|toxique)|ne se (?:degrade|decompose|deteriore)(?:nt)? pas"
     r"|(?:stabil|wirksam|aktiv|giftig) bleib\w*|nicht (?:zerfall|zersetz|abbau)\w*"
     r"|(?:se mantenga|siga|permanezca|se conserve) (?:\w+ )?(?:estable|activ[oa]|potente|toxic[oa])|no se (?:degrade|descomponga|estropee)"
     r"|(?:resti|rimanga) (?:\w+ )?(?:stabile|attiv[oa]|potente|tossic[oa])|non si (?:degradi|decomponga)"
     r"|(?:(?:conserv|stock|lager|aufbewahr|almacen|guard|manten|mantien)\w*|halt|dur(?:e|en|a|an|i|ino|er|ar|are)) (?:\w+ ){0,4}?(?:a lungo"
     r"|pendant des mois|des mois|durante meses|por meses|monatelang|jahrelang|per mesi|longtemps|mucho tiempo"
     # ... for years ('que se conserve años', 'lo mantiene años', 'si conservi per anni', 'se conserve des années')
     r"|(?:(?:durante|por|per|pendant|des|muitos|muchos|molti|plusieurs|viele|varios|alcuni|\d+) )?(?:anos|anni|annees|jahre)(?![\w])"
     r"|(?:durante|por|per|pendant|muitos|muchos|molti|plusieurs|viele|varios|alcuni|\d+) (?:meses|mesi|mois|monate)(?![\w]))"
     # without degrading, in the Romance languages and German ('sin degradarse', 'sem se degradar', 'senza degradarsi', 'sans se
     # dégrader', 'ohne Zersetzung')
     r"|(?:sin|sem|senza|sans) (?:que )?(?:se )?(?:degrad|descompo|decompo|deterior|alter)\w*|ohne (?:sich )?(?:zu )?(?:zersetz|zerfall|abbau|degradier)\w*"
     r"|so (?:that )?(?:it|they|the \w+) (?:\w+ ){0,2}?(?:freezes?|evaporates?|lasts?|persists?|stays?|sticks?|spreads?|penetrates?|absorbs?|works?)"
     r" (?:\w+ ){0,3}?(?:longer|lower|higher|better|faster|slower|more|less|deeper)"
     r"|pick one to make|which (?:one|ones) to make"
     r"|(?:can|could|to|will|would|and) do the same(?: thing)?|copy (?:it|them|that|this|their \w+)|do (?:it|that) (?:myself|ourselves) too"),
    # ---- evasion
    ("evade", "verb", False, r"(?:avoid|evade|evading|escape|escaping|bypass|bypassing|defeat|fool|beat|trick|circumvent|get around|get past|slip past|sneak past)"
     r" (?:[\w'-]+ ){0,3}?(?:detection|detectors?|scanners?|spectrometers?|x-?rays?|sniffer|dogs|metal detectors?|security|tsa|customs|police"
     r"|authorities|controls?|export controls?|scheduling|schedule|the law|laws|regulations?|bans?|analogue act|analog act|monitoring"
     r"|tracing|inspection|inspectors|sanctions|embargo|end-user|reporting)"
     r"|undetectable|untraceable|(?:so (?:that )?|such that |that |which |to ensure |make sure |so it |so they )(?:\w+ ){0,8}?"
     r"(?:can ?not|can't|cannot|won't|wouldn't|will not|couldn't|doesn't|don't|do not|does not) (?:\w+ )?(?:detect|find|trace|notice|see|smell|sniff|pick up|flag)"
     r"|without (?:being |getting )?(?:detected|noticed|caught|traced|flagged|reported|questioned)"
     r"|without (?:a |an |any )?(?:licen[cs]e|permit|paperwork|registration|end-user|questions|asking|background check|kyc|id)"
     # a purchase or shipment that leaves no record for export control: 'without leaving an export record', 'without it being
     # recorded', 'sin que quede registro', 'sans qu'il reste de trace pour l'exportation', 'ohne dass es für den Export registriert
     # wird', 'senza che resti traccia'; a trace of something ('sans laisser de trace d'eau') is a purity, not a record
     r"|without (?:leaving |creating |keeping |making )?(?:a |an |any )?(?:export |paper |purchase |customs )?(?:records?|trail)(?! of)"
     r"|without (?:it|them|the \w+) being (?:recorded|registered|logged|declared)|so (?:that )?there(?:'s| is| will be| would be) no (?:\w+ )?records?"
     r"|sin (?:que (?:quede|haya|se registre|conste|aparezca)|dejar) (?:ningun |ningun tipo de )?(?:registros?|rastros?|constancia)(?! de)"
     r"|sans (?:laisser|qu'il (?:ne )?(?:reste|y ait)|qu'il n'y ait) (?:de |d'|aucune |aucun |la moindre )?(?:traces?|enregistrement)"
     r"(?:\s*(?:[?.!,;]|$)| (?:pour|dans|a|aux?) (?:l'|les |le |la )?(?:export\w*|registres?|douanes?|fichiers?|declarations?|autorites))"
     r"|ohne dass (?:[\w-]+ ){0,5}?(?:registriert|erfasst|aufgezeichnet|dokumentiert|verbucht) (?:wird|werden)|ohne (?:jede |eine )?(?:spur|registrierung)(?![\w])"
     r"|senza (?:che (?:resti|rimanga|ci sia)|lasciare) (?:alcuna )?(?:traccia|registrazione)(?! di)"
     r"|sem (?:que (?:fique|haja) |deixar )(?:nenhum )?(?:registro|rastro)(?! de)"
     r"|without (?:\w+ ){0,3}?(?:noticing|detecting|finding out|checking|inspecting|asking|knowing|catching|seeing|flagging"
     r"|stopping|finding|spotting|intercepting|tracing|reporting|telling|alerting|informing)"
     r"|(?:so|such that|so that) (?:it|they|this|the \w+) (?:isn't|is not|aren't|are not|won't be|doesn't get|don't get|will not be|wouldn't be) "
     r"(?:\w+ )?(?:flagged|detected|noticed|found|seized|caught|stopped|inspected|questioned|reported|traced)"
     r"|without (?:triggering|tripping|alerting|raising|attracting|drawing|setting off) (?:\w+ ){0,3}?(?:export controls?|controls?|alarms?|flags?"
     r"|suspicion|attention|customs|authorities|red flags|detectors?|scanners?)"
     # a compliance process as the thing not to trip: 'without triggering an export-licence review / a suspicious order report'
     r"|(?:without|avoid|avoiding|not|never|no) (?:triggering|tripping|setting off|prompting|causing|generating|sparking|getting) (?:[\w'-]+ ){0,4}?"
     r"(?:reviews?|reports?|audits?|investigations?|alerts?|checks?|inquir(?:y|ies)|enquir(?:y|ies)|scrutiny|screening|sars?|kyc"
     r"|questions|queries)|(?:raising|arousing) (?:no )?suspicion"
     # ... the same in FR/DE/ES/IT/PT/NL ('sans déclencher le signalement des transactions suspectes', 'ohne eine Verdachtsmeldung
     # auszulösen', 'sin activar una alerta', 'senza far scattare la segnalazione', 'zonder een melding te veroorzaken')
     r"|sans (?:declencher|provoquer|susciter|eveiller|attirer|generer) (?:[\w'-]+ ){0,4}?(?:signalements?|declarations?|alertes?|controles?"
     r"|soupcons?|enquetes?|verifications?)"
     r"|ohne (?:[\w-]+ ){0,3}?(?:\w*meldung\w*|alarm\w*|kontroll\w*|verdacht\w*|prufung\w*) (?:auszulosen|zu erregen|zu wecken|zu provozieren)"
     r"|(?:sin|sem) (?:activar|acionar|disparar|provocar|levantar|despertar|generar|gerar) (?:[\w'-]+ ){0,4}?(?:alertas?|reportes?|denuncias?"
     r"|notificac\w+|comunicac\w+|sospechas?|suspeitas?|controles?|revis\w+)"
     r"|senza (?:far scattare|attivare|destare|suscitare|generare|provocare) (?:[\w'-]+ ){0,4}?(?:segnalazion\w+|allert\w+|sospett\w+|controll\w+)"
     r"|zonder (?:[\w-]+ ){0,3}?(?:\w*melding\w*|alarm\w*|argwaan|verdenking\w*|controle\w*) (?:te )?(?:activeren|veroorzaken|wekken|triggeren"
     r"|genereren|uit te lokken)"
     r"|(?:don't|do not|doesn't|does not|never|won't|will not) (?:\w+ )?(?:enforce|check|verify|ask questions)"
     r"|front company|shell company|mislabel(?:l?ed|l?ing)?|falsif(?:y|ied|ying)|under the radar|no questions asked"
     r"|below (?:the )?(?:reporting |declaration |licensing )?thresholds?|split(?:ting)? (?:\w+ ){0,2}?(?:orders?|purchases?|shipments?)"
     r"|so (?:that )?(?:nobody|no one|noone|nobody else|they|authorities|the authorities|police|customs) (?:\w+ )?(?:notices?|finds? out|knows?|suspects?|asks?)"
     r"|under (?:the )?(?:reporting |declaration )?thresholds?|split(?:ting)? (?:the )?orders?|outside the australia group|not (?:party|parties|signator\w*) to"
     r"|(?:get|getting|sneak|sneaking|take|taking|carry|carrying|bring|bringing) (?:\w+ ){0,3}?(?:through|past|onto|on board|across) (?:\w+ ){0,2}?"
     r"(?:security|customs|checkpoints?|scanners?|borders?|planes?|flights?|airports?)"
     r"|non-signatory|disguis(?:e|ing)|conceal(?:ing)?|hid(?:e|ing)?|smuggl(?:e|ing)|sneak(?:ing)? (?:\w+ ){0,3}?(?:past|through|into|onto)|stash(?:ing)?"
     r"|(?:that|which|so|still) (?:\w+ ){0,4}?(?:is|are|would be|remain|remains|stay|stays|be|it's|they're)? ?(?:not|n't|never) (?:yet )?(?:scheduled|controlled|listed|banned|illegal|regulated)"
     r"|(?:aren't|are not|isn't|is not|not|never) (?:yet )?(?:on|in|covered by|listed in|listed on|included in) (?:the )?(?:\w+ )?"
     r"(?:schedules?|lists?|control lists?|annex|cwc|laws?|act|regulations?|controls?|bans?)"
     r"|escape (?:\w+ ){0,2}(?:scheduling|control|regulation|the law)|legal (?:analogu?e|analog|alternative|version|loophole)|loophole"
     r"|sans (?:licence|autorisation|certificat)|ohne (?:genehmigung|lizenz|endverbleibserklarung)|sin (?:licencia|permiso|certificado)"
     # (and every Romance language and German with an article and the other words for a permit: 'sem licença', 'senza licenza',
     # 'sin autorización', 'sans permis', 'ohne Erlaubnis')
     r"|(?:sans|sin|senza|sem|ohne) (?:une |un |una |uno |uma |um |eine |ein |la |a |die |alcuna |ninguna |nenhuma |aucune |jede )?"
     r"(?:licences?|licencias?|licenz[ae]|licencas?|lizenz|autori[sz]ation|autorizacion|autorizzazione|autorizacao|permis|permisos?|permess[oi]"
     r"|permissao|licenca|alvara|erlaubnis|genehmigung|certificat|certificado|certificato)(?![\w])"
     r"|eviter (?:la )?detection|unentdeckt|sin ser detectad"
     r"|\w*n't (?:yet |been |even |be |become )*(?:scheduled|controlled|listed|banned|illegal|regulated)"),
    # ---- evasion, generalised: (avoid-verb in any form) + (a control / watcher), or (so that | without) +
    # (a watcher) + (a verb of noticing in any form)
    # a licence or declaration worded to get waved through: 'word the end-use declaration so the export licence sails through'
    # ---- session 5: paperwork that passes a chemical off as something else ('so it passes as a generic ink solvent', 'so it
    # reads as a flame-retardant intermediate') or keeps it from being flagged ("and doesn't get flagged as a fentanyl precursor")
    ("evade", "verb", False, r"(?:so|so that|such that|and) (?:it|they|this|that|the \w+) (?:\w+ )?(?:passes|pass|reads?|appears?|shows? up|goes through|looks?)"
     r" (?:off )?as (?:an? |the |some )?(?:[\w-]+ ){0,3}?(?:solvents?|intermediates?|chemicals?|products?|reagents?|samples?|materials?|ingredients?|additives?"
     r"|cleaners?|supplies|goods|parts?|dyes?|inks?|fertili[sz]ers?|medicines?|pharmaceuticals?|excipients?|compounds?|substances?)"
     r"|(?:and|so|so that|that|such that|but) (?:it |they |this |the \w+ )?(?:doesn't|don't|won't|wouldn't|does not|do not|will not|never) (?:get|gets|be)"
     r" (?:caught|flagged|detected|noticed|stopped|seized|picked up|held|questioned|queried|screened out|blocked)"),
    # ---- session 5: chat shorthand 'w/o getting caught', 'w/o anyone noticing'
    ("evade", "verb", False, r"(?:w/o|w/out|wo/) (?:getting |being |it being |me being )?(?:caught|detected|noticed|traced|flagged|busted|seen|spotted)"
     r"|(?:w/o|w/out|wo/) (?:anyone|anybody|somebody|someone|the (?:cops|police|feds)|cops|police|feds) (?:\w+ )?(?:notic|find|finding|know|catch|see|spot)\w*"),
    ("evade", "verb", False, r"(?:licen[cs]es?|permits?|applications?|declarations?|paperwork|shipments?|parcels?|orders?) (?:\w+ ){0,2}?(?:sails?|slips?|sneaks?|glides?)(?:ing)? through"
     r"|(?:get|gets|getting) around (?:the |all the |any )?(?:rules|regulations|law|laws|controls)"),
    ("evade", "verb", False, r"(?:avoid|evad|escap|bypass|dodg|circumvent|sidestep|skip|gets? around|getting around|gets? past|getting past|beat|beating|fool|trick|outwit|slip(?:ping)? past)\w*"
     r" (?:\w+ ){0,4}?(?:end-user|end user|certificates?|licen[cs]es?|permits?|paperwork|checks?|kyc|id checks?|prescriptions?|customs|dea|fbi|atf|police|cops"
     r"|authorities|law enforcement|detection|detectors?|scanners?|x-?rays?|dogs|inspections?|inspectors?|reporting|thresholds?|monitoring|suspicion"
     r"|questions|registration|border|borders|security|screening|tracking|tracing|export|import|controls?|regulators?|declarations?)"
     r"|structur(?:e|es|ing) (?:\w+ ){0,3}?(?:purchases?|orders?|buys|payments?|transactions?|deposits?)"
     # a buyer faked to pass a supplier's checks: 'pose as a university lab', 'pretend to be a research company', 'front company name'
     r"|(?:pose|poses|posing|pretend\w* to be|pass\w* (?:myself|ourselves|me|us) off|masquerad\w*|impersonat\w*) (?:as )?(?:an? |the )?(?:[\w'-]+ ){0,3}?"
     r"(?:labs?|laboratory|university|universities|research (?:groups?|institutes?)|institutes?|compan(?:y|ies)|customers?|buyers?|researchers?)"
     # (set up or used by the asker; 'how shell companies have been used to evade sanctions' is someone else's)
    r"|(?:set up|setting up|create|register|use|open|make up|invent) (?:a |an |my |our )?(?:front|shell|fake|made-up|bogus) (?:compan(?:y|ies)"
    r"|company names?|business(?:es)?|lab names?)|(?:fake|made-up|bogus) (?:company|lab) names?"
     r"|(?:stay|stays|staying|keep (?:\w+ ){0,2}?|remain|remains) (?:just )?(?:under|below) (?:the |any )?(?:\w+ )?(?:limits?|thresholds?|radar)"
     r"|(?:so|so that|such that|without|before|in case) (?:\w+ ){0,3}?(?:nobody|no one|anyone|anybody|the (?:\w+ )?(?:police|dea|fbi|atf|authorities|customs|supplier|seller|vendor"
     r"|bank|border|security|x-?ray|scanners?|dogs?|regulators?|inspectors?|government|feds|cops)|police|customs|authorities|cops|feds|they|it"
     r"|inspectors|regulators|border guards|guards|officials|officers|investigators|agents|pharmacists?|suppliers?|sellers?|the pharmacy|pharmacies)"
     r" (?:[\w']+ ){0,2}?(?:notic|realis|realiz|find|found|figur|know|suspect|ask|see|spot|detect|discover|check|report|flag|question|trac|track"
     r"|catch|caught|stop|seiz|intercept|smell|sniff|identif|recogni|link|connect)\w*"
     r"|without (?:\w+ ){0,2}?(?:being|getting|it being|them being|it getting|me being) (?:detected|caught|noticed|flagged|traced|tracked|stopped|seized"
     r"|found|reported|questioned|searched|inspected|identified|spotted|discovered)"),
    ("use", "verb", False, r"(?:to )?use (?:\w+ ){0,2}?(?:on|against) (?:a |the )?(?:crowds?|people|humans|civilians|someone|somebody|him|her|them|my \w+)"
     r"|(?:person|people|someone|somebody|guy|neighbou?rs?|ex|boss|teacher|family) (?:that |who |whom )?(?:i|we) (?:hate|despise|want dead)"
     r"|for (?:the )?(?:maximum|max|more|greater|extra|most|massive|mass) (?:damage|casualties|injuries|lethality|deaths|harm|destruction)"
     r"|(?:cause|causes|inflict|inflicts|maximi[sz]e|maximi[sz]es) (?:the )?(?:maximum|max|most|mass|more) (?:casualties|deaths|injuries|fatalities)"
     r"|(?:add|adding|pack|packing) (?:\w+ ){0,2}?(?:shrapnel|nails|ball bearings|screws)"),
    # a delivery chosen for the most exposure of people ('which delivery method gives the most skin exposure')
    ("use", "verb", False, r"(?:gives?|giving|causes?|causing|maximi[sz]es?|maximi[sz]ing|achieves?|produces?|gets?|delivers?|ensures?) (?:the )?"
     r"(?:most|max|maximum|greatest|highest|largest|best|widest) (?:\w+ )?(?:skin |dermal |inhalation |lung |airway |respiratory |human |victim )?"
     r"(?:exposure|contact|absorption|uptake|penetration|casualties|coverage of (?:people|the crowd|the room))"),
    # a design that must not match what screeners compare against ("signatures won't match any entry in airport
    # explosive-trace detector libraries", 'stop them matching any OPCW schedule definition')
    ("evade", "verb", False, r"(?:(?:won't|wouldn't|don't|do not|will not|never|no longer|avoid|avoiding|without|escape|(?:would|will|could|might|does|do|should) not) "
     r"|stop(?:s|ping)? (?:them |it |the \w+ )?)(?:\w+ )?match(?:es|ing)? (?:any |the |an? |their |anything (?:in|on) )?(?:[\w'/-]+ ){0,6}?(?:librar(?:y|ies)"
     r"|databases?|definitions?|schedules?|control lists?|watch ?lists?|entr(?:y|ies)|reference spectra)(?![\w])"),
    # an evasion ranked or optimised ('the least detectable one', 'ranked by how rarely they get caught', 'a detection-free
    # process', 'without an export licence', 'am schwersten nachzuweisen'); scan.py wants a request around it (RANKED_EVADE)
    ("evade", "verb", False, RANKED_EVADE),
    # a design placed outside the control definitions ('changes to sarin that fall outside the Schedule 1 definitions', 'sortent des
    # définitions du tableau 1', 'nicht unter die Definitionen von Liste 1 fallen'); scan.py pairs it with an agent or a regime
    ("evade", "verb", False, r"(?:fall|falls|falling|fell|lie|lies|lying|sit|sits|stay|stays|land|lands) (?:just )?outside (?:of )?(?:the |any |all |its "
     r"|their )?(?:[\w'-]+ ){0,3}?(?:schedules?|definitions?|control lists?|lists?|cwc|convention|controls?|scheduling|annex(?:es)?)(?![\w])"
     r"|(?:sort\w*|echapp\w*) (?:des|du|aux|de la) (?:definitions?|tableaux?|listes?|controles?)(?![\w])"
     r"|nicht (?:mehr )?unter (?:die |den )?(?:[\w'-]+ ){0,3}?(?:definition\w*|liste\w*|kontroll\w*|anhang\w*) (?:[\w'-]+ ){0,3}?fall\w*"
     r"|(?:queden|quede|caigan|caiga) fuera de (?:las |la |los )?(?:definicion\w*|listas?|listas?|controles?)"),
    # equipment cleaned so a verifier's swab finds nothing ('the glassware and the drain come up clean if inspectors swab them', 'which
    # sequence removes all the breakdown products the OPCW labs look for'); a lab blank that must come up clean names no verifier
    ("evade", "verb", False, r"(?:comes?|came|coming) (?:back |up |out )?(?:clean|negative|clear) (?:if|when|after|once|whenever|before) (?:the |any |an? )?"
     r"(?:[\w'-]+ ){0,2}?(?:inspectors?|opcw|police|customs|investigators?|forensics?|auditors?|regulators?) (?:\w+ )?(?:swab|sample|test|check"
     r"|inspect|wipe)\w*"
     r"|(?:remov|eliminat|strip|destroy|erase|get rid of|wash\w* (?:away|out|off) |clean\w* (?:away|off|out) )\w* (?:all |every |any )?(?:of )?(?:the )?"
     r"(?:[\w'-]+ ){0,6}?(?:that |which )?(?:the )?(?:opcw|inspectors?|customs|police|forensic\w*|investigators?)(?: [\w'-]+){0,2}? (?:look|test"
     r"|screen|check|swab|sample|search)\w* for"
     r"|(?:elimin|enlev|retir|entfern|quit)\w* (?:[\w'-]+,? ){0,8}?(?:que (?:les? |la |los |las )?(?:[\w'-]+ ){0,3}?(?:cherchent|recherchent|buscan) "
     r"|nach (?:denen|dem|der) (?:die |der )?)(?:[\w'-]+ ){0,3}?[\w'-]*(?:inspect\w*|inspekt\w*|oiac|opcw|opaq|douane|zoll|polic\w*|polizei)\w*"),
    # a finding kept from an examiner ('tell me how to keep it from showing up', 'so a post-mortem wouldn't find it', 'so the coroner
    # never picks it up'); scan.py needs a controlled substance, a regime or a poisoning with its examiner
    ("evade", "verb", False, r"(?:keep|keeps|keeping|stop|stops|stopping|prevent|prevents|preventing) (?:it|them|this|that|the \w+) from "
     r"(?:showing|turning|coming|popping) up"
     r"|(?:so|so that) (?:a |an |the |any |my |our )?(?:[\w'-]+ ){0,2}?(?:never|won't|wouldn't|can't|couldn't|doesn't|don't|will not|cannot"
     r"|would not) (?:ever )?(?:finds?|detects?|spots?|notices?|picks? (?:it |them |this |that |anything )?up)(?![\w])"
     # ... two examiners named, or the finding 'shown' ('so the autopsy and tox screen wouldn't pick it up', 'so that the post-mortem
     # wouldn't show it')
     r"|(?:so|so that) (?:a |an |the |any )?(?:[\w'-]+ ){2,4}?(?:never|won't|wouldn't|can't|couldn't|doesn't|don't|will not|cannot|would not)"
     r" (?:ever )?(?:finds?|detects?|spots?|picks? (?:it |them |anything )?up)(?![\w])"
     r"|(?:so|so that) (?:a |an |the |any )?(?:[\w'-]+ ){0,4}?(?:never|won't|wouldn't|can't|couldn't|doesn't|don't|will not|cannot|would not)"
     r" (?:ever )?(?:shows?|reveals?) (?:it|them|anything)(?![\w])"),
    # a thing asked for that a test must not find, as a subjunctive relative clause or an adjective in Spanish, Italian,
    # Portuguese and German ('un veneno que no se detecte en la autopsia', 'un veleno che non si rilevi', 'um veneno que não
    # apareça', 'ein Gift, das bei der Obduktion nicht nachweisbar ist', 'un veneno indetectable'); the indicative question ('¿por
    # qué algunos venenos no se detectan?', 'welches Gift ist nicht nachweisbar?') asks why, not for one
    ("evade", "verb", False, r"(?:que|che) (?:[\w'-]+ ){0,3}?(?:no|non|nao) (?:se |si )?(?:(?:pueda|puedan|possa|possano|logre|logren|riesca"
     r"|riescano) (?:ser |essere )?)?(?:detecte|detecten|detectar|detectad[oa]s?|encuentre|encuentren|encontrar|aparezca|aparezcan|apareca"
     r"|aparecam|rastree|rastreen|rastrear|rilevi|rilevino|rilevare|rilevat[oa]|trovi|trovino|trovare|individui|individuare|encontre|encontrem)"
     r"|(?<=,) (?:das|die|der|welches|welche) (?:[\w-]+ ){0,5}?(?:nicht|kaum|nie|niemals) (?:mehr )?(?:nachweisbar|nachzuweisen|nachweisen|zu finden"
     r"|auffindbar|zu entdecken|feststellbar)"
     r"|indetectables?|indetectave(?:l|is)|irrilevabil[ei]|non rilevabil[ei]|unnachweisbar\w*"),
    # a detector kept from detecting, in French, German and Spanish ('empêchent les scanners de la douane de détecter', 'verhindern,
    # dass die Ionenscanner ... erkennen', 'impiden que los escáneres de aduana detecten')
    ("evade", "verb", False, r"(?:empech|imped|impid|evit|verhinder)\w*,? (?:que |qu'|dass |, dass )?(?:[\w'-]+ ){0,6}?(?:scanners?|escaneres|detecteurs?"
     r"|detectores?|detektoren|ionenscanner|spurhunde|chiens|perros|hunde|bandelettes?|tiras|teststreifen|douane|aduana|zoll\w*)(?: [\w'-]+){0,5}? "
     r"(?:de )?(?:detect|rep[eè]r|trouv|erkenn|entdeck|nachweis|encuentr|detecten|detecte)\w*"),
    # sending a toxin in a letter ('gonna put it in an envelope', 'seal the powder into a letter'), also in French, Spanish and Italian
    # ('mettre de la ricine dans une enveloppe', 'glisser ... dans un colis', 'meto ricina en un sobre', 'mettere la ricina in una busta')
    ("use", "verb", False, r"(?:put|putting|seal|sealing|stuff|stuffing|slip|slipping|pack|packing|tuck|tucking) (?:\w+ ){0,3}?(?:in|into|inside) (?:an? |the |some |every )?"
     r"(?:envelopes?|letters?|mail|birthday cards?|greeting cards?)(?![\w])"
     r"|(?:mettre|mets|met|glisser|glisse|cacher|cache|fourrer|placer|emballer|meter|meto|metes|poner|pongo|esconder|escondo|mettere|metto"
     r"|infilare|infilo|nascondere|nascondo)(?: [\w'-]+){0,3}? (?:dans|en|in|nella|nel|dentro) (?:une? |la |le |el |una? |sa |son |mon |ma )?"
     r"(?:enveloppes?|lettres?|colis|courriers?|sobres?|cartas?|paquetes?|bust[ae]|letter[ae]|pacchi|pacco)(?![\w])"),
    # covertly dosing someone's food or drink ('getting ricin into someone's food'; alone, not a cue for the backstop: guard.py;
    # a long object too: 'put some of our old thallium sulfate rodenticide in my coworker's coffee')
    ("use", "verb", False, r"(?:get|getting|put|putting|slip|slipping|sneak|sneaking|mix|mixing|add|adding|pour|pouring|stir|stirring) (?:\w+ ){0,8}?"
     r"(?:into|in) (?:someone's|somebody's|his|her|their|my \w+'s|a person's|the victim's|people's|the \w+'s) (?:\w+ )?(?:food|drinks?|coffee|tea"
     r"|meals?|water|wine|beer|glass|cup|dinner|lunch|breakfast|soup|medication|pills?)"),
    ("use", "verb", False, r"(?:to |and )?attack(?:ing)? (?:a |the |an )?(?:\w+ ){0,2}?(?:crowds?|stadiums?|subways?|metros?|city|cities|villages?|towns?"
     r"|people|schools?|concerts?|malls?|trains?|stations?|markets?|churches|church|festivals?|buildings?|civilians|troops|protesters)"),
    ("use", "verb", False, r"(?:get|put|introduce|pour|release|feed|blow|leak) (?:it|them|this|that|some) (?:in|into) (?:a |an |the |their |his |her )?"
     r"(?:ventilation|hvac|air[- ]?con\w*|air intake|ducts?|water supply|reservoir|crowd|room|subway|metro|office|classroom)"),
    ("use", "verb", False, r"(?:into|to) (?:a |an )?(?:fine |inhalable |respirable |breathable )?(?:powder|aerosol|mist|dust)(?: form)?"),
    ("use", "verb", False, r"gas(?:sing)? (?:a|the|them|him|her|people|everyone|my|his|their) (?:\w+ ){0,3}?(?:room|crowd|people|building|house|train|bus|class|office|neighbou?rs?|family)"
     r"|(?:lace|lacing|spike|spiking|taint|tainting|dose|dosing|contaminate|contaminating) (?:\w+ ){0,4}?"
     r"(?:water|reservoir|food|supply|supplies|drinks?|coffee|tea|meal|air|city|wine|beer|cocktail)"),
    # ---- a purpose clause whose watcher is a long phrase ('so sniffer dogs and the ion scanners at the
    # airport won't pick it up', 'so that the customs dogs and the scanners in the cargo terminal never detect it')
    ("evade", "verb", False, r"(?:so|so that|such that) (?:\w+ ){0,6}?(?:tests?|swabs?|scanners?|detectors?|dogs?|sniffers?|x-?rays?"
     r"|customs|police|cops|border|guards?|inspectors?|security|machines?|screening|sensors?|tsa|officers?|investigators?|forensics?)"
     r" (?:\w+ ){3,6}?(?:doesn't|don't|won't|can't|cannot|will not|does not|do not|wouldn't|couldn't|never)"
     r" (?:\w+ ){0,2}?(?:pick|detect|find|notice|see|flag|catch|register|trigger|alert|spot|smell|sniff|recogni|identif|react|go off|beep|ping)\w*"),
    # ---- a false customs declaration. The chemical is declared / described / coded as an ordinary good
    # ("declare the thiodiglycol consignment as 'textile dye auxiliary'", 'so it clears as an ordinary industrial solvent',
    # 'so customs treats it as a generic pharmaceutical intermediate'), a check is to be skipped ('so the end-use check is
    # skipped') or the paperwork is not to draw attention ('an HS code that won't draw attention'). A truthful category
    # ('as a Schedule 2 chemical', 'so they clear as dangerous goods') is not a disguise.
    ("evade", "verb", False, r"(?:so|so that|such that|and) (?:it|they|this|that|the \w+) (?:\w+ )?(?:clears?|gets? (?:through|cleared)|goes through"
     r"|(?:is|are|gets?|will be|would be) (?:classed|classified|treated|cleared|processed|logged|entered|read|coded|waved through)|counts?) as " + _GENERIC_GOOD
     + r"|(?:so|so that|and) (?:the )?(?:[\w-]+ ){0,2}?(?:customs|border|export office|import office|office|inspectors?|officers?|officials?|authorities"
     r"|regulators?|brokers?|freight forwarders?|carriers?|they) (?:\w+ )?(?:treats?|class(?:es)?|classif(?:y|ies)|sees?|regards?|reads?|logs?|records?"
     r"|codes?|clears?|accepts?|processes|handles?) (?:it|them|this|that|the \w+) as " + _GENERIC_GOOD
     # ('so customs and export-control officers think it's flame-retardant feedstock')
     + r"|(?:so|so that) (?:the )?(?:[\w-]+ ){0,4}?(?:customs|border|inspectors?|officers?|officials?|authorities|regulators?|police|they)"
       r" (?:will |would )?(?:thinks?|believes?|assumes?) (?:it's|it is|they're|they are|this is|that it's|that it is|that they are)"
     # (the paperwork verb as an infinitive, imperative or gerund: 'where 4-ANPP is declared as ...', 'traffickers listed it as
     # ...' describe a case; scan.py also wants a request around it)
     + r"|(?:declar(?:e|ing)|label(?:l?ing)?|list(?:ing)?|invoic(?:e|ing)|manifest(?:ing)?|cod(?:e|ing)|enter(?:ing)?|register(?:ing)?"
     r"|mark(?:ing)?|ship(?:ping)?)"
     r" (?:[\w()',-]+ ){0,5}?as (?:an? |the )?(?:['\"](?![^'\"]{0,40}?(?<![\w-])" + _TRUE_CLASS + r")[\w ,/-]{3,40}['\"]"
     r"|(?:ordinary|generic|harmless|innocuous|innocent|normal|regular|plain|common|standard|general|household|everyday|non-?hazardous"
     r"|unregulated|uncontrolled) " + _GENERIC_GOOD + r")"
     r"|so (?:that )?(?:the |any |an? |our |their )?(?:[\w-]+ ){0,3}?(?:checks?|inspections?|reviews?|screenings?|controls?|audits?|verifications?"
     r"|scrutiny|questions?|due diligence) (?:[\w-]+ ){0,4}?(?:is|are|gets?|get|will be|would be|can be|goes|go) (?:skipped|waived|bypassed|avoided"
     r"|dropped|overlooked|sidestepped|unnecessary|not (?:done|triggered|needed|required|run|applied|carried out)|never (?:done|triggered|run|applied))"
     r"|(?:won't|wouldn't|doesn't|don't|will not|does not|do not|never|without|avoid|avoiding|less likely to) (?:draw|attract|raise|arouse|trigger)\w*"
     r" (?:any |much |too much |unwanted |extra |the |their |customs' )?(?:attention|suspicion|scrutiny|eyebrows|questions|red flags|flags)"),
    # ---- shell / front companies, orders split among them, and a supplier's report avoided, in Spanish,
    # French, German, Italian, Portuguese and Dutch ('¿Cómo reparto los pedidos de anhídrido acético entre varias empresas
    # pantalla para que el proveedor no tenga que reportarlos ...?', 'damit der Lieferant keine Verdachtsmeldung macht')
    ("evade", "verb", False, r"(?:empresas?|sociedad(?:es)?|companias?|firmas?) (?:pantalla|fantasmas?|de fachada|tapaderas?|laranjas?|de papel)"
     r"|societes?[- ](?:ecrans?|fantomes?|de facade|boites? aux lettres)|(?:briefkasten|schein|tarn|strohmann)(?:firm|gesellschaft)\w*"
     r"|societa (?:di comodo|schermo|fantasma|fittizi\w*|di facciata|cartiera)|(?:brievenbus|schijn|dekmantel)(?:firma|bedrijf|bv)\w*"
     r"|mantelvennootschap\w*"
     r"|(?:repart|divid|fraccion|dispers|distribu|escalon|fractionn|divis|echelonn|etal|fraziona|suddivid|spezz|ripart|fracion)\w* (?:\w+ ){0,4}?"
     r"(?:pedidos|compras|encomendas|ordenes|commandes|achats|ordini|acquisti)"
     r"|(?:bestellungen|einkaufe|auftrage) (?:\w+ ){0,4}?(?:aufteil|aufsplitt|stuckel|verteil|streu)\w*"
     r"|(?:verteil|aufteil|aufsplitt|stuckel|splitt)\w* (?:\w+ ){0,4}?(?:bestellungen|einkaufe|auftrage)"
     r"|(?:splits|verdeel|spreid)\w* (?:\w+ ){0,4}?(?:bestellingen|aankopen)"
     r"|para que (?:\w+ ){0,8}?(?:no|nao) (?:\w+ ){0,3}?(?:report|denunci|notific|comunic|avis)\w*"
     r"|pour qu(?:e |')(?:[\w']+ ){0,6}?ne (?:[\w']+ ){0,3}?(?:signal|rapport|denonc|notifi)\w*"
     r"|damit (?:\w+ ){0,6}?(?:nicht|nichts|kein\w*|niemand) (?:\w+ ){0,2}?(?:meld|anzeig|verdachtsmeld)\w*"
     r"|(?:perche|affinche|cosi che|in modo che) (?:\w+ ){0,6}?non (?:\w+ ){0,3}?(?:segnal|denunc|notific|comunic)\w*"
     r"|zodat (?:\w+ ){0,6}?(?:niet|geen|niemand) (?:\w+ ){0,3}?(?:meld|rapporte|aangeven)\w*"),
    # ---- evasion, generalised over watchers and languages: (so that | without) + (a test/scanner/dog/official) + a
    # negated verb of noticing in any form; passing it off as something else; smuggling words in several languages
    ("evade", "verb", False, r"(?:so|so that|such that|and|that|then) (?:\w+ ){0,6}?(?:tests?|swabs?|scanners?|detectors?|dogs?|sniffers?|x-?rays?"
     r"|customs|police|cops|border|guards?|inspectors?|security|alarms?|machines?|screening|checks?|sensors?|tsa|officers?|labs?)"
     r" (?:\w+ ){0,2}?(?:doesn't|don't|won't|can't|cannot|will not|does not|do not|wouldn't|couldn't|never|fails? to|misses)"
     r" (?:\w+ ){0,2}?(?:pick|detect|find|notice|see|flag|catch|register|trigger|alert|show|spot|smell|sniff|recogni|identif|react|go off|beep|ping|hit)\w*"
     r"|(?:so|so that|and) (?:the )?(?:customs|police|cops|border|guards?|inspectors?|security|officers?|officials?|authorities|they|everyone|people|the \w+)"
     r" (?:\w+ )?(?:thinks?|believes?|assumes?|sees?) (?:it's|it is|they're|they are|this is|its|that it's|that it is|it was)"
     r"|pass(?:ing)? (?:it|them|\w+) off as|(?:label|labell?ing|labell?ed|declare|declaring|declared|mark|marking|ship|shipping) (?:\w+ ){0,4}?as (?:an? )?"
     r"(?:\w+ )?(?:cleaner|cleaning product|solvent|fertili[sz]er|cosmetic|food|supplement|sample|research chemical|gift|toy|spare parts?|paint|ink|perfume|medicine|plant food)"
     r"|make (?:it|them) look like|looks? like (?:an? )?(?:normal|harmless|legit\w*|innocent|ordinary|regular)"
     r"|schmuggl\w*|smokkel\w*|contrabband\w*|contrebande|contrabando|am zoll vorbei|unbemerkt|ohne dass (?:\w+ ){0,4}?(?:zoll|polizei|behorden?|jemand|niemand|hunde?|scanner)"
     r"|sin que se (?:note|sepa|den cuenta|entere|detecte|descubra)|sans que (?:ca|cela) se (?:voie|remarque|sache)"
     r"|sin que (?:\w+ ){0,3}?(?:detect|descubr|encuentr|note|noten|vean|sepan|enteren|pillen|agarren)\w*"
     # the thing itself kept from being found: 'para que ni los perros ni los escáneres lo detecten', 'pour que ni les chiens ne le
     # détectent', 'damit weder Hunde noch Scanner es entdecken'
     r"|(?:para que|pour que|perche|damit) (?:ni|no|nem|nao|ne|non|weder|nicht|keine?) (?!(?:\w+ ){0,12}?(?:ninos|ninas|hijos|enfants|kinder"
     r"|bambini|criancas|filhos|kids|children)(?![\w]))(?:\w+ ){0,12}?(?:lo|la|los|las|le|les|l'|es|sie|ihn|o|a|li) (?:detect|descubr|encuentr"
     r"|huel|pill|trouv|decouvr|rilev|scopr|entdeck|find|erkenn|aufspur|encontr)\w*(?! (?:\w+ ){0,2}?(?:ninos|ninas|hijos|enfants|kinder"
     r"|bambini|criancas|filhos|kids|children)(?![\w]))"
     r"|sans que (?:\w+ ){0,3}?(?:detect|trouv|remarqu|voi|sach|decouvr|rep[eè]r)\w*"
     r"|ohne dass (?:\w+ ){0,4}?(?:find|merk|bemerk|entdeck|erkenn|sieht|weiss|erwisch)\w*"
     r"|senza che (?:\w+ ){0,3}?(?:scopr|trov|not|rilev|veda|vedano|sappia|becc)\w*"
     r"|sem que (?:\w+ ){0,3}?(?:detect|descubr|encontr|perceb|vejam|saibam|peguem)\w*"
     r"|(?:spread|spreading|divid(?:e|ing)|distribut(?:e|ing)|stagger(?:ing)?|split(?:ting)?) (?:\w+ ){0,3}?(?:purchases?|orders?|buys)"
     r"|so (?:that )?(?:nobody|no one|noone|no shop|no store|no seller|no pharmacy) (?:\w+ )?(?:reports?|flags?|calls?|tells?|alerts?)"
     r"|(?:below|under|beneath) (?:what|the amount|the level|the quantity|the limit|the point) (?:\w+ ){0,5}?(?:report|declare|flag|notify|register|log|record)\w*"
     r"|(?:below|under) (?:\w+ ){0,5}?(?:has|have|needs?|must|is required|are required|is obliged|are obliged) to (?:report|declare|flag|notify|register|log)"
     r"|sin que (?:\w+ ){0,4}?(?:aduana|policia|nadie|perros?|escaner|guardia|autoridades)|sans que (?:\w+ ){0,4}?(?:douane|police|personne|chiens?|scanner|autorites)"
     r"|senza che (?:\w+ ){0,4}?(?:dogana|polizia|nessuno|cani|scanner)|sem que (?:\w+ ){0,4}?(?:alfandega|policia|ninguem|caes|scanner)"
     r"|zonder dat (?:\w+ ){0,4}?(?:douane|politie|iemand|honden|scanner)|(?:pas(?:ar|o|amos|a)|pass(?:er|e|ons)|pass(?:ar|o|amos)|pass(?:are|o)) (?:\w+ ){0,4}?(?:por |par |pela |per )?(?:la |a |el |le )?(?:aduana|douane|alfandega|dogana|frontera|frontiere|fronteira|frontiera)"
     # a consignment passed through the airport's scanners or dogs ('¿cómo paso un envío de análogos de fentanilo por los escáneres
     # del aeropuerto?', 'faire passer un colis par les scanners')
     r"|(?:pas(?:ar|o|amos)|pass(?:er|e|ons)) (?:[\w'-]+ ){0,7}?(?:por|par|a travers) (?:los|les|las) (?:escaneres|scanners|perros|chiens|rayos x)"),
    # ---- session 3, from the blind splits B1-B3: Romance impersonal / first-person production, conversion and
    # concealment; harm to people in Romance languages; forging export papers; routing past treaty declarations;
    # making an analogue legal; asking a role-played character how "you" made it; named reduction routes
    ("make", "verb", False, r"(?:si|se) (?:estrae|ottiene|prepara|produce|sintetizza|fabbrica|raffina|purifica|extrae|obtiene|sintetiza|fabrica"
     r"|purifica|refina|faz|fabrica|sintetiza|extrai|obtem)"
     r"|(?:si |se )?(?:trasform|transform|convert|conviert)[\w-]* (?:[\w'-]+ ){0,4}?(?:in|en|em)"
     # the Dutch separable conversion verb ('hoe zet ik safrol om in PMK', 'efedrine om te zetten in', 'omzetten naar')
     r"|(?:zet|zetten|zette|zet je) (?:[\w'-]+ ){0,4}?om (?:in|naar)|om te zetten (?:in|naar)|omzetten (?:in|naar)"
     r"|how (?:exactly )?(?:you|we|i) (?:\w+ )?(?:mixed|made|built|assembled|cooked|brewed|prepared|primed|wired|rigged|packed|synthesi[sz]ed|produced)"),
    # a named reaction step of the route, as a noun with its object ('the reductive amination of P2P to methamphetamine',
    # 'the esterification of methylphosphonic dichloride with ...', 'the workup and crystallisation of the methamphetamine');
    # 'coupling X with Y' (two precursors joined into the agent)
    ("make", "noun", False, r"(?:reductive amination|amination|n-methylation|n-alkylation|n-acylation|acylation|acetylation"
     r"|esterification|transesterification|phosphonylation|phosphorylation|condensation|coupling|alkylation"
     r"|work-?up|recrystalli[sz]ation|crystalli[sz]ation) of"),
    ("make", "verb", False, r"coupl(?:e|es|ing)(?= (?:[\w'-]+ ){1,5}?(?:with|and|to)(?![\w]))"),
    ("make", "noun", False, r"via (?:\w+ ){0,2}?(?:reduction|amination|nitration|route|condensation|reductive amination)"
     r"|birch reduction|(?:which|what) (?:\w+ )?(?:reducing|oxidi[sz]ing|methylating|chlorinating|fluorinating|nitrating|alkylating|dehydrating) agents?"),
    ("scale", "noun", False, r"em (?:larga )?escala|en (?:gran )?escala|in (?:larga )?scala|(?:for|per|para|pour) \d+ ?(?:g|grams?|kg|ml|l|litres?|liters?) (?:of|de|di|batch)"),
    # setting a device off in Portuguese, Italian and Dutch: 'detoná-lo à distância', 'lo faccio esplodere', 'laat ik hem ontploffen'
    ("use", "verb", False, r"deton(?:o|amos|ar|a-l[oa]s?|ar-l[oa]s?|e-l[oa]s?)|(?:fazer|faco|fazemos|faze-l[oa]|fazer-l[oa]|faz-l[oa])"
     r" explodir|explodi-l[oa]|(?:far|fare|faccio|facciamo|farl[oaie]) (?:\w+ ){0,3}?esplodere|(?:laten|laat|liet) (?:[\w']+ ){0,4}?"
     r"(?:ontploffen|exploderen)|opblazen|tot ontploffing (?:brengen|te brengen)"),
    ("use", "verb", False, r"(?:intoxicar|envenenar|matar|intossicare|avvelenare|uccidere|intoxiquer|empoisonner|tuer|gasear|gasar)"
     r" (?:\w+ ){0,6}?(?:gente|personas|persone|gens|pessoas|people|vecinos|vizinhos|vicini|voisins|familia|famiglia)"
     r"|(?:llena|lleno|piena|pieno|cheia|cheio|pleine|plein) de (?:\w+ )?(?:gente|personas|persone|gens|pessoas)"),
    ("evade", "verb", False, r"ocult(?:ar|o|a|as|amos)|escond(?:er|o|e|es|emos)|nascond(?:ere|o|e|iamo)|occult(?:are|o)|camufl\w+|cach(?:er|ez|ons)|(?:je|on|le|la|les) cache|dissimul(?:er|ez|ons)|versteck(?:en|e|t|st)|verberg(?:en|e|t|st)?|verstop(?:pen|t)?"
     r"|para que (?:\w+ ){0,8}?(?:no|nao) (?:\w+ )?(?:detect|encuentr|encontr|descubr|vean|vejam|note|huel|percebam|pill)\w*"
     r"|(?:perche|cosi che|in modo che) (?:\w+ ){0,8}?non (?:\w+ )?(?:rilev|trov|scopr|not|vedan)\w*"
     r"|(?:fake|faking|forg(?:e|ing|ed)|counterfeit\w*|doctor(?:ed|ing)?|fabricat(?:e|ed|ing)) (?:\w+ ){0,3}?(?:end-user|end user|certificates?"
     r"|licen[cs]es?|permits?|paperwork|documents?|declarations?|prescriptions?|manifests?)"
     r"|(?:get|getting|sneak|sneaking|move|moving|ship|shipping|take|taking) (?:\w+ ){0,4}?past (?:\w+ ){0,3}?(?:declarations?|inspections?|inspectors?"
     r"|opcw|export controls?|controls?|authorities|regulators?|monitoring|verification|customs"
     r"|(?:licen[cs]e|export|customs|border|end-?user|sanctions?) (?:checks?|screening))"
     r"|rout(?:e|es|ing) (?:\w+ ){0,3}?(?:through|via) (?:a |an )?(?:third|another|neutral|different|intermediate) (?:country|countries|party|state|port)"
     r"|trans-?ship(?:ping|ment)?"
     r"|(?:make|making|render|rendering|keep|keeping) (?:it|them|this|that|the \w+) (?:\w+ )?(?:legal|unscheduled|uncontrolled|unlisted)"),
    # ---- session 4, from the blind splits B4-B6: a negated inspection verb after a purpose clause ('so customs doesn't
    # look at it', 'pour que la douane ne l'ouvre pas', 'damit der Zoll sie nicht kontrolliert'), passing through
    # unnoticed ('sans être repéré', 'senza essere scoperto', 'zonder ontdekt te worden') in EN/FR/DE/ES/IT/PT/NL
    ("evade", "verb", False, r"(?:so|so that|such that|and|that|then) (?:the )?(?:\w+ ){0,2}?(?:customs|police|cops|border(?: \w+)?|guards?"
     r"|inspectors?|security|officers?|officials?|authorities|post office|postal service|mail ?room|courier|shipper|carrier|tsa|dea|cbp"
     r"|usps|dogs?|scanners?|x-?rays?|they|nobody|no one) (?:\w+ )?(?:doesn't|don't|won't|wouldn't|will not|does not|do not|can't|cannot"
     r"|never|didn't|isn't going to|aren't going to) (?:\w+ )?(?:look|open|inspect|examine|search|check|scan|x-?ray|test|question|stop"
     r"|seize|bother|investigat|flag|suspect|notice|detect|find|sniff|pull)\w*"
     r"|pour qu(?:e |'| )(?:\w+ ){0,4}?ne (?:l'|\w+ ){0,2}?(?:ouvr|control|inspect|fouill|trouv|detect|decouvr|verifi|regard|voi|remarqu|rep[eè]r"
     r"|flair|scann|saisi|arret)\w*"
     r"|sans (?:etre|se faire|me faire|nous faire) (?:\w+ )?(?:detect|rep[eè]r|remarqu|vu|attrap|pris|control|fouill|decouvert|arret|intercept|saisi)\w*"
     r"|para que (?:\w+ ){0,8}?(?:no|nao) (?:\w+ )?(?:revis|abr|inspeccion|inspecion|control|registr|mir|cheque|escane|fiscaliz|sospech"
     r"|suspeit|par|retenh|reteng|incaut|apreend)\w*"
     r"|(?:sin|sem) (?:ser|que me|que nos|que lo|que la|que o|que a) (?:\w+ )?(?:detectad|descubiert|descobert|vist|pillad|atrapad|revisad"
     r"|notad|apanhad|pegad|revistad|registrad|parad|detid|incautad|apreendid)\w*"
     r"|(?:perche|cosi che|in modo che|affinche) (?:\w+ ){0,8}?non (?:\w+ )?(?:controll|apr|ispezion|perquis|guard|ferm|sequestr|scansion"
     r"|esamin|annus|fiut|sospett)\w*"
     r"|senza (?:essere|farsi|venire|farmi|farci) (?:\w+ )?(?:scopert|rilevat|notat|vist|beccat|pres|fermat|controllat|trovat|perquisit"
     r"|sequestrat|intercettat)\w*"
     r"|(?:damit|sodass|so,? dass) (?:\w+ ){0,6}?(?:nicht|nichts|kein\w*|niemand) (?:\w+ )?(?:kontroll|find|merk|bemerk|entdeck|erkenn|offn|offen|untersuch"
     r"|durchsuch|pruf|sieht|sehen|riech|schnuffel|scann|anhalt|beschlagnahm)\w*"
     r"|ohne (?:\w+ )?(?:entdeckt|erwischt|bemerkt|gefunden|kontrolliert|erkannt|aufgehalten|durchsucht|angehalten|geschnappt) zu werden"
     r"|zodat (?:\w+ ){0,6}?(?:niet|niks|geen|niemand) (?:\w+ )?(?:controleer|control|vind|vond|ontdek|merk|opmerk|zie|ziet|open|doorzoek"
     r"|scan|ruik|snuffel|tegenhoud|onderschep)\w*"
     r"|zonder (?:\w+ )?(?:ontdekt|betrapt|gezien|opgemerkt|gepakt|gevonden|gecontroleerd|aangehouden|doorzocht|onderschept) te worden"
     r"|(?:senza che|sin que|sem que|sans que|ohne dass|zonder dat) (?:\w+ ){0,3}?(?:controll|ispezion|apr|aperto|sequestr|fermat|revis|inspeccion"
     r"|inspecion|abr|control|fiscaliz|apreend|revist|ouvr|inspect|fouill|kontroll|offn|durchsuch|untersuch|controleer|doorzoek|openen)\w*"),
    # ---- session 4, from the blind splits B7-B9: a screening test that should come back clean ('so the swab test at the
    # airport comes back clean', 'pour que le prélèvement soit négatif', 'damit der Wischtest negativ ausfällt'); avoiding
    # controls with a Romance/Germanic verb ('evitando i controlli sulle esportazioni', 'en contournant les contrôles')
    # (the test may be named with hyphenated words: 'so airport trace-detection swabs come back clean')
    ("evade", "verb", False, r"(?:so|so that|such that|and|that|until|then|make sure|makes sure|ensure) (?:the |my |our |any |a )?(?:[\w'-]+ ){0,3}?(?:tests?|swabs?|screens?|screenings?"
     r"|scans?|checks?|samples?|wipes?|analys[ie]s|results?|dogs?|sniffers?) (?:\w+ ){0,4}?(?:comes?|came|come|turns?|turned|goes|go|shows?|reads?"
     r"|is|are|will be|would be|stays?|remains?) (?:back |up |out )?(?:clean|negative|clear|nothing)"
     r"|(?:so|so that|such that|and|that) (?:the |my |our |any |a )?(?:\w+ ){0,3}?(?:tests?|swabs?|scans?|dogs?|sniffers?|scanners?|detectors?"
     r"|inspectors?|police|cops|customs|investigators?|forensics?) (?:\w+ ){0,4}?(?:finds?|detects?|smells?|picks? up|notices?|sees?|shows?"
     r"|gets?|reveals?) (?:nothing|no traces?|zero)"
     r"|(?:keep|keeping|kept|stay|staying|fly|flying|stays|keeps) (?:[\w'-]+ ){0,3}?off (?:the |their |his |her |[\w'-]+ ){0,2}?radars?"
     r"|(?:tests?|swabs?|screens?|scans?|wipes?|samples?) to (?:come back|be|read|show|turn out) (?:clean|negative|clear|nothing)"
     r"|(?:make sure|makes sure|ensure|ensures|so that|so) (?:[\w'-]+ ){0,4}?(?:doesn't|don't|won't|isn't|aren't|never|does not|do not|will not"
     r"|is not|are not) (?:get |be |become |ever )?(?:detected|found|seized|flagged|noticed|caught|stopped|traced|intercepted|spotted|picked up|sniffed out)"
     r"|(?:w/o|w/out|wo/|without) (?:[\w'-]+ ){0,3}?(?:dogs?|sniffers?|scanners?|customs|police|cops|inspectors?|security|guards?|x-?rays?"
     # (several watchers, detectors among them: 'without dogs or detectors picking it up', 'without X-ray scanners or detectors flagging it')
     r"|detectors?|sensors?|swabs?|etds?)(?: (?:or|and|nor|,) (?:the |any )?(?:[\w'-]+ )?(?:dogs?|sniffers?|scanners?|customs|police|cops|inspectors?"
     r"|security|guards?|x-?rays?|detectors?|sensors?|swabs?|etds?|machines?))?"
     r" (?:\w+ )?(?:catching|finding|noticing|detecting|smelling|sniffing|flagging|seeing|spotting|picking)\w*"
     r"|(?:pour qu(?:e |')|damit |para que |perche |affinche |in modo che |cosi che |zodat )(?:[\w'-]+ ){0,8}?(?:ne|n'|nicht|nichts|nie|niemals|nunca|jamas|mai|no|non|niet|niks"
     r"|kein\w*|niemand|nadie|nessuno|personne|rien|nada|niente) ?(?:[\w'-]+ ){0,2}?(?:detect|decel|trouv|voi|remarqu|rep[eè]r|decouvr|find|finde"
     r"|bemerk|entdeck|erkenn|encuentr|descubr|not[ae]|vean|rilev|trov|scopr|vedan|ontdek|vind|merk)\w*"
     r"|(?:make|making|get|getting) (?:the |our |my |any |all |these |those )?(?:\w+ ){0,3}?(?:traces?|residues?|evidence|signatures?|peaks?)"
     r" (?:\w+ )?(?:disappear|vanish|go away|undetectable|invisible)"
     r"|before (?:they|the (?:\w+ ){0,2}?(?:inspectors?|team|police|investigators?|officers?)) (?:\w+ )?(?:swab|sample|test|inspect|search|arrive|check)\w*"
     r"|(?:stop|stops|stopping|prevent|prevents|preventing|keep|keeps|keeping) (?:the |my |our |their |any )?(?:[\w'-]+ ){0,7}?(?:from )?(?:flagging|noticing|detecting"
     r"|reporting|finding|catching|spotting|seeing|questioning|checking|screening|tracing|picking up|identifying|recogni[sz]ing|registering"
     r"|matching)"
     # several watchers named at length ('stop the drug dogs and the ion scanners at the sorting centre from picking it up')
     r"|(?:stops?|stopping|prevents?|preventing|keeps?|keeping) (?:the |my |our |their |any )?(?:[\w'-]+ ){0,10}?(?:dogs?|sniffers?|scanners?"
     r"|detectors?|x-?rays?|swabs?) (?:[\w'-]+ ){0,5}?from (?:flagging|noticing|detecting|finding|catching|spotting|smelling|sniffing"
     r"|picking (?:it |them |anything )?up)"
     r"|(?:gc-?ms|ms|lc-?ms|nmr|ftir|raman|instruments?|tests?|swabs?|scanners?|detectors?|analys[ie]s|inspectors?|dogs?|sniffers?|labs?)"
     r" (?:to|will|would|should|won't|doesn't) (?:miss|overlook|ignore)"
     r"|(?:so|so that|such that|and) (?:the )?(?:[\w'-]+ ){0,4}?(?:dogs?|sniffers?|scanners?|detectors?|inspectors?|customs|guards?|security|police|cops"
     r"|operators?|screeners?|staff|officials?|officers?|x-?rays?|screenings?|checks?|tests?|swabs?|machines?|etd|ims|ct|scans?|sensors?)"
     r" (?:\w+ ){0,3}?(?:ignores?|miss(?:es)?|overlooks?|pass(?:es)? over|walks? past|wave (?:it|them) through)"
     r"|(?:remov|get(?:ting)? rid of|wip|scrub|clean|destroy|eras|eliminat|mask|hid|flush|neutrali[sz])\w* (?:\w+ ){0,6}?(?:before|ahead of|prior to)"
     r" (?:the |an? |our |next \w+'s )?(?:\w+ ){0,2}?(?:inspect\w*|inspectors?|police|investigators?|auditors?|customs|opcw|raid|search|visit)"
     r"|pass(?:es|ing)? (?:the |a |an |any )?(?:\w+ )?(?:swab|residue|trace|explosives?|etd|wipe|drug|tox|urine|hair) (?:tests?|screens?|checks?|scans?)"
     # a drug test named by its drug ('pass a m3th t3st on friday', 'pass the coke screen at work'), and the result wanted clean
     # ('need it 2 come up cl3an', 'need my urine to come back negative')
     # (a person passes it, not a product's quality test: 'will it pass the THC test for potency labelling')
     r"|(?:(?<=to )|(?<=2 )|(?<=i )|(?<=me )|(?<=we )|(?<=u )|(?<=you )|(?<=and ))pass(?:es|ing)? (?:the |a |an |any |my |this |that |their |your |his |her )?(?:\w+ )?(?:meth|methamphetamine|amphetamines?|coke|cocaine"
     r"|heroin|opiates?|opioids?|fent|fentanyl|oxy\w*|benzos?|benzodiazepines?|thc|weed|cannabis|marijuana|mdma|molly|ecstasy|pcp"
     r"|ketamine|k2|lsd|shrooms|psilocybin|\d+-panel) (?:tests?|screens?|checks?|screenings?|swabs?|panels?)"
     r"|(?:need|want|needs|wants|get|getting) (?:it|them|my (?:urine|pee|piss|sample|test|drug test|screen|hair|cup|results?)|the (?:urine|pee|piss|test"
     r"|drug test|screen|cup|results?)) (?:to |2 )?(?:come back|comes back|come up|turn out|be|read|test|show) (?:as )?(?:clean|negative|clear)"
     # the asker's own test made to read clean ('make my urine test come back negative', 'get my hair screen to read negative',
     # 'hago que mi prueba de orina salga negativa', 'wie bekomme ich meinen Urintest negativ')
     r"|(?:make|making|get|getting|have) (?:my|our) (?:[\w-]+ ){0,2}?(?:tests?|screens?|samples?|results?|panels?) (?:to |2 )?(?:come back"
     r"|come up|come out|turn out|be|read|test|show) (?:as )?(?:clean|negative|clear)"
     r"|(?:hago|hacer|hacemos|haga|hagas) que (?:mi|mis|el|la) (?:[\w-]+ ){0,3}?(?:salga|de|resulte|quede|sea|vuelva) (?:\w+ )?(?:negativ[oa]|limpi[oa])"
     r"|(?:bekomme|bekommen|kriege|kriegen|krieg) (?:ich |man )?(?:meinen|meine|mein|den|die|das) (?:\w+ )?\w*(?:test|probe|screening)"
     r" (?:\w+ )?(?:negativ|sauber)"
     # a drug-test sample doctored so it reads clean ('what can I add to the urine sample so it reads clean', 'what should I
     # wash my hair with so it tests clean', 'drop into the sample so it comes back negative')
     r"|(?:urine|pee|piss|hair|saliva|spit|specimens?|samples?|cups?|drug tests?|tox screens?)(?: samples?| specimens?| tests?)? (?:[\w'-]+ ){0,3}?"
     r"(?:so|so that|such that|and) (?:it|they|this|that|the (?:\w+ )?(?:results?|tests?|screens?|samples?|specimens?)) (?:\w+ )?(?:reads?"
     r"|comes? (?:back|up|out)|shows?|turns? (?:up|out)|tests?|looks?|passes|is|are|will be|stays?) (?:as )?(?:clean|negative|clear)"
     r"|pour qu(?:e |')(?:[\w']+ ){0,5}?(?:soit|soient|revienne|ressorte|sorte|reste) (?:\w+ )?(?:negatif|negative|propre|vierge)"
     r"|damit (?:\w+ ){0,4}?(?:negativ|sauber) (?:ist|ausfallt|bleibt|wird|zuruckkommt)"
     # (the test named at length: 'para que la prueba de la policía salga limpia')
     r"|para que (?:\w+ ){0,6}?(?:salga|de|resulte|quede|sea|vuelva) (?:\w+ )?(?:negativ[oa]|limpi[oa])"
     r"|(?:in modo che|perche|cosi che|affinche) (?:\w+ ){0,4}?(?:risulti|sia|esca|torni|resti) (?:\w+ )?(?:negativ[oa]|pulit[oa])"
     r"|(?:evit|elud|aggir|schiv|esquiv|contourn|umgeh|vermeid|omzeil|ontwijk|burl|trompe|engan|ingann)\w* (?:\w+ ){0,3}?(?:controll|control|dogan"
     r"|aduan|douan|zoll|ispezion|inspe|verific|sanzion|sancion|embargo|esportaz|exportac|exportat|ausfuhr|export|kontroll|frontier|fronter|grenz)\w*"
     r"|(?:zoll|export|ausfuhr|grenz)\w*kontroll\w* (?:\w+ ){0,3}?(?:umgeh|umgang|vermeid|austrickst|tausch)\w*"),
    # ---- a trace test or detector that should not come back positive after a clean-up ('para que los
    # detectores de trazas de explosivos no den positivo', "so the swab at security doesn't come back positive", 'pour que
    # le détecteur ne soit pas positif', 'perché il tampone non risulti positivo', 'damit der Test nicht positiv ist', 'zodat
    # de test niet positief is'); a lab clean-up keeps it harmless (scan.py: _CLEAN_RESULT with _CLEANUP)
    ("evade", "verb", False, r"(?:so|so that|such that|and|that|until|make sure|makes sure|ensure) (?:the |my |our |any |a )?(?:[\w'-]+ ){0,4}?"
     r"(?:tests?|swabs?|screens?|screenings?|scans?|scanners?|checks?|samples?|wipes?|detectors?|dogs?|sniffers?|machines?|alarms?|results?)"
     r" (?:[\w'-]+ ){0,4}?(?:doesn't|don't|won't|wouldn't|can't|does not|do not|will not|would not|never|isn't|aren't|is not|are not)"
     r" (?:come back |comes back |come up |turn up |turn out |show |read |test |go |give |flag |be )?(?:as |a )?positive"
     r"|para que (?:[\w']+ ){0,8}?(?:no|nao) (?:\w+ )?(?:de|den|deem|salga|salgan|saia|resulte|resulten|sea|sean|seja|sejam|arroje|arrojen"
     r"|marque|marquen|vuelva|vuelvan|quede|acuse|acusem|volte|indique) (?:\w+ )?positiv[oa]s?"
     r"|pour qu(?:e |')(?:[\w']+ ){0,6}?(?:ne|n') ?(?:\w+ )?(?:soit|soient|sorte|revienne|reste|donne|devienne|sonne)? ?pas (?:\w+ )?positi(?:f|ve|fs|ves)"
     r"|(?:perche|cosi che|in modo che|affinche) (?:[\w']+ ){0,6}?non (?:\w+ )?(?:risulti|risultino|sia|siano|esca|torni|dia|diano|suoni) (?:\w+ )?positiv[oi]"
     r"|(?:damit|sodass|so,? dass) (?:\w+ ){0,6}?(?:nicht|kein\w*) (?:mehr )?(?:positiv|anschlag\w*|anspring\w*|ausschlag\w*|piept|alarm\w*)"
     r"|zodat (?:\w+ ){0,6}?niet (?:meer )?(?:positief|afgaat|aanslaat)"),
    # ---- a sampling or test that should find none of it, with the negation on the subject ('so none of those
    # markers like IMPA or MPA would be detected', 'so that no trace of the phosphonate is found', 'para que ningún rastro de
    # IMPA sea detectado', "pour qu'aucune trace ne soit détectée", 'damit keine Spuren mehr nachgewiesen werden', 'perché
    # nessuna traccia venga rilevata'); a lab clean-up keeps it harmless (scan.py: _CLEAN_RESULT with _CLEANUP)
    ("evade", "verb", False, r"(?:so|so that|such that|and|that|make sure|makes sure|ensure|until) (?:none|nothing|no traces?|not a (?:single )?trace"
     r"|not one|no signs?|no residues?|no markers?|neither)(?: of)? (?:[\w'-]+ ){0,7}?(?:would|will|could|can|is|are|gets?|shows?|turns?|comes?)? ?"
     r"(?:ever |be |get |still )?(?:detected|detectable|found|picked up|flagged|identified|seen|noticed|traced|recovered|shows? up|turns? up"
     r"|comes? up|show up|turn up|come up)"
     r"|para que (?:ningun\w*|nada|ni rastro|nenhum\w*|nada) (?:[\w']+ ){0,7}?(?:\w+ )?(?:detect|encontr|hall|descubr|identific|apare[cz]|rastre)\w*"
     r"|pour qu(?:e |')(?:aucune?|rien|nulle trace|pas une trace) (?:[\w']+ ){0,7}?(?:detect|trouv|decel|identifi|retrouv|apparai)\w*"
     r"|(?:perche|cosi che|in modo che|affinche) (?:nessun\w*|niente|nulla) (?:[\w']+ ){0,7}?(?:rilev|trov|individu|identific|scopr|emerg)\w*"
     r"|(?:damit|sodass|so,? dass) (?:\w+ ){0,3}?(?:keine?|nichts) (?:[\w']+ ){0,7}?(?:mehr )?(?:nachgewiesen|nachweisbar|gefunden|entdeckt"
     r"|festgestellt|identifiziert|erkannt|detektiert)"),
    # ---- purchases kept from a supplier's monitoring ("so the distributor's suspicious-order monitoring
    # doesn't notice", "so the supplier's compliance screening won't flag it"), through shell or straw buyers ('six shell
    # pharmacies', 'straw buyers'), or split so no order crosses a reporting threshold; tuning a system so it stops flagging
    # legitimate sales is not hiding anything
    ("evade", "verb", False, r"(?:so|so that|such that|and) (?:the |our |their |any |its )?(?:[\w'-]+ ){0,4}?(?:monitoring|systems?|software"
     r"|screening|compliance|algorithms?|filters?|alerts?|audits?|auditors?|reviewers?|analysts?|checks?)(?: \w+)? (?:doesn't|don't|won't|wouldn't"
     r"|can't|cannot|does not|do not|will not|would not|never|fails? to) (?:\w+ )?(?:notic|flag|catch|spot|detect|see|pick|trigger|alert|register"
     r"|link|connect|realis|realiz|question|report)\w*(?! (?:\w+ )?(?:legitimate|genuine|lawful|valid|false|normal|routine|ordinary|regular|real))"
     r"|(?:our|my|\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|a few|a couple of|some|new|different|separate) (?:[\w-]+ )?"
     r"(?:shell|front|dummy|straw|sham|fake|ghost) (?:compan\w*|pharmac\w*|firms?|entit\w*|accounts?|buyers?|purchasers?|businesses|stores?|shops?"
     r"|clinics?|labs?|customers?)"
     r"|(?:no|none|not|never|nothing|without|avoid|avoiding|doesn't|don't|won't) (?:[\w'-]+ ){0,4}?(?:cross|exceed|trip|hit|reach|go(?:es)? over|top|break"
     r"|pass|trigger|breach)\w* (?:the |a |any |our |their )?(?:[\w-]+ )?(?:reporting|declaration|licensing|licen[cs]e|notification|monitoring|kyc"
     r"|suspicious[- ]order|dea|customs|registration) (?:thresholds?|limits?|levels?|triggers?)"),
    # ---- session 4, from the blind splits B13-B18: a screening test or a law the product must slip past ('won't show up
    # on a standard urine drug test', 'dodge the analogue laws and urine immunoassays'), and a way around a purchase
    # record ('a way around the pharmacy sign-in log', 'contourner le registre de la pharmacie', 'das Apothekenregister umgehen')
    ("evade", "verb", False, r"(?:won't|wouldn't|doesn't|don't|not|never|can't|cannot|will not|does not|do not) (?:\w+ )?(?:show|turn|come|pop) up (?:on|in|at"
     # ... or on the screen a case may bring ('make sure it doesn't show up if there's a post-mortem tox screen', 'if they run a tox panel')
     r"|(?:if|when|in case|should) (?:there's|there is|theres|there are|they (?:do|run|order)|anyone (?:does|runs|orders)|someone (?:does|runs|orders)"
     r"|the (?:\w+ )?(?:does|runs|orders)))"
     r" (?:\w+ ){0,4}?(?:tests?|screens?|screenings?|panels?|immunoassays?|assays?|scans?|x-?rays?|drug tests?|tox\w*)"
     r"|(?:avoid|evad|escap|bypass|dodg|circumvent|sidestep|beat|fool|trick|slip(?:ping)? past|get(?:ting)? (?:around|past|round)|"
     r"(?:a |any |some |the )?(?:ways?|workarounds?|tricks?|loopholes?) (?:around|round|past|to (?:beat|dodge|avoid|get around|bypass)))\w* "
     r"(?:[\w'-]+ ){0,5}?(?:analog(?:ue)? (?:laws?|acts?|rules?|bans?|legislation)|(?:urine |drug |tox |hair |saliva |standard )+"
     r"(?:tests?|screens?|panels?|immunoassays?)|immunoassays?|sign[- ]?in (?:logs?|sheets?|books?)|(?:pharmacy |purchase |sales |pseudoephedrine |pseudo |id )"
     r"(?:logs?|logbooks?|registers?|records?|limits?|checks?|tracking))"
     r"|(?:contourn|esquiv|evit|umgeh|burl|eludi|aggir)\w* (?:[\w'-]+ ){0,3}?(?:registre|registro|register|registers|fichier|meldepflicht"
     r"|tests? (?:urinaires?|de orina|antidrogue|antidroga|de drogas?)|drogentests?|urintests?|lois? sur les analogues|ley(?:es)? de analogos)"),
    # ---- session 8, from the blind splits B61-B70: a smell or signature masked from a watcher ('what wrapping masks the
    # smell of PETN', 'mask my sample's spectral signature', 'wh4t wr4p would m4sk it fr0m them', 'stop k9 dogs smelling it')
    # (a signature named by up to four words: 'masks the Raman and IR signature of TATP'; not one kept unmasked: 'a solvent that
    # does not mask the Raman signature of TATP, so our reference spectra stay valid')
    ("evade", "verb", False, r"(?<!not )(?<!n't )(?<!never )(?<!without )(?:mask|cover|hide|disguise|conceal|suppress)(?:es|s|ing)? (?:up )?"
     r"(?:the |its |their |my |our |his |her |any |that )?(?:[\w'-]+ ){0,4}?(?:smell|odou?rs?|scent|stench|signatures?|fingerprints?|vapou?rs?)"
     r"|(?:mask|hide|conceal|disguise|shield)(?:es|s|ing)? (?:it|them|this|that|the \w+|my \w+) from (?:them|the |their |any )?(?:[\w'-]+ ){0,2}?"
     r"(?:them|dogs?|k-?9s?|sniffers?|swabs?|scanners?|detectors?|sensors?|customs|police|cops|inspectors?|security)"
     r"|stop(?:s|ping)? (?:the |any |their )?(?:[\w'-]+ ){0,2}?(?:dogs?|k-?9s?|sniffers?|swabs?|scanners?|detectors?|sensors?) (?:from )?"
     r"(?:smell|sniff|detect|find|pick|notic|spot|flag|alert)\w*"
     # a detector kept from alarming or reacting ('stop an airport IMS swab from alarming on a sealed vial of sarin', 'keeps the
     # customs trace detector from alarming on my PETN', 'prevents an ETD swab from going off'); not a false alarm on others'
     # harmless items ('stop the IMS from alarming on passengers' heart medication')
     r"|(?:stop|keep|prevent)(?:s|ping|ing)? (?:the |any |their |an? |my |our )?(?:[\w'-]+ ){0,3}?(?:dogs?|k-?9s?|sniffers?|swabs?|scanners?"
     r"|detectors?|sensors?|etds?|ims|x-?rays?|portals?|alarms?|machines?)(?: (?:and|or|nor) (?:the )?(?:[\w'-]+ )?(?:dogs?|sniffers?|swabs?"
     r"|scanners?|detectors?|sensors?|x-?rays?))? from (?:alarm|trigger|react|respond|beep|alert|register|ping|going off|sounding|flagging"
     r"|signal|indicat)\w*(?! (?:on|at|for|over|with) (?:the |every |all |their |other )?(?:[\w'-]+ ){0,2}?(?:passengers?|travell?ers?"
     r"|patients?|visitors?|staff|employees?|workers?|people|everyone|harmless|innocent|legitimate|medications?|medicines?|false)(?![\w]))"),
    # a thing made so a watcher misses it or it goes unnoticed ('suggest tweaks so the charge gets missed by airport trace
    # detectors', "so that it's overlooked by the scanners", 'let the device go unnoticed by detectors'); a detector retuned
    # so a substance no longer gets missed is detection work
    ("evade", "verb", False, r"(?:(?<=so )|(?<=such that )|(?<=let )|(?<=lets )|(?<=letting )|(?<=help )|(?<=helps )|(?<=make )|(?<=makes ))"
     r"(?:(?!stop|no |not |never)[\w'-]+ ){0,4}?(?:[\w-]+'(?:s|re) |(?:gets?|getting|got|is|are|be|being|goes|go|stays?|remains?"
     r"|(?:will|would|could|can) (?:be|go|get|stay|remain)) )(?:\w+ )?(?:missed|overlooked|ignored|unnoticed|undetected|unseen|unflagged"
     r"|unregistered) by (?:the |any |their |an? |most |standard )?(?:[\w'-]+ ){0,3}?(?:tests?|swabs?|scanners?|detectors?|sensors?|dogs?"
     r"|k-?9s?|sniffers?|x-?rays?|etds?|ims|customs|police|cops|inspectors?|security|screening|screeners?|analy[sz]ers?|spectrometers?"
     r"|machines?|portals?)(?![\w])"
     r"|(?:que|qu'|damit|sodass|che) (?:[\w'-]+ ){0,4}?(?:passe|passent|pase|pasen|passi|passino|passem|bleibt|bleiben) (?:\w+ )?"
     r"(?:inapercu\w*|desapercibid\w*|inosservat\w*|despercebid\w*|unbemerkt|unentdeckt)"),
    # not detected by a named watcher ('which ones would NOT be picked up by fentanyl test strips'; 'are not flagged by the
    # scanners' only with a request, scan._SOFT_EVADE), or kept from detection ('would keep a nerve agent from being recognised')
    ("evade", "verb", False, r"(?:(?:would|will|could|might|can) (?:not |never )?|(?:won't|wouldn't|can't|cannot|not|never|aren't|isn't) )"
     r"(?:be |get |being |getting )?(?:picked up|detected|flagged|caught|recogni[sz]ed|identified|spotted|noticed|registered|seen|found"
     r"|matched|sniffed out|smelled|smelt) by (?:the |any |standard |their |our |most |routine |a |an )?(?:[\w'-]+ ){0,3}?(?:tests?|strips|immunoassays?"
     r"|assays?|swabs?|scanners?|detectors?|sensors?|dogs?|k-?9s?|sniffers?|x-?rays?|customs|police|cops|inspectors?|security|screening"
     # ... drug and tox screens, urine and hair panels ('not be picked up by the standard drug screens at my workplace')
     r"|screens?|screenings?|panels?|analy[sz]ers?|spectrometers?|machines?|labs?|librar(?:y|ies)|kits?)(?![\w])"
     r"|(?:would|could|will|can|might|to|should) (?:\w+ )?(?:keep|stop|prevent)(?:s|ing)? (?:[\w'-]+ ){1,4}?from (?:being |getting )?"
     r"(?:picked up|detected|flagged|caught|recogni[sz]ed|identified|spotted|noticed|registered|seen|found|matched|sniffed|smelled|smelt)"),
    # the same passive in French, Spanish, Italian and German, with a test named ('ne sont pas détectés par les bandelettes',
    # 'no son detectadas por los análisis de orina', 'non sono rilevati dalle strisce', 'von den Teststreifen nicht erkannt'); soft
    # like the English one (scan._SOFT_EVADE): kept only with a request or an own plan
    ("evade", "verb", False, r"(?:ne|n') ?(?:sont|est|soit|soient|seront|serait|seraient|sera)(?:-(?:ils|elles|il|elle))? (?:pas|jamais) "
     r"(?:\w+ )?(?:detecte|repere|identifie|trouve|vu)\w* (?:par|dans|avec|lors) " + _TEST_WORDS_EU
     + r"|no (?:son|es|sean|seran|serian|sera|seria) (?:\w+ )?(?:detectad|identificad|encontrad|vist)\w* (?:por|en|con) " + _TEST_WORDS_EU
     + r"|no (?:aparecen|aparece|salen|sale) (?:en|con) " + _TEST_WORDS_EU
     + r"|non (?:sono|e|siano|sarebbero|saranno|sara|verrebbero|vengono|viene) (?:\w+ )?(?:rilevat|individuat|identificat|trovat)\w*"
     r" (?:da|dai|dalle|dal|dalla|dagli|nei|nelle|con) " + _TEST_WORDS_EU
     + r"|(?:von|vom|bei|beim|im|in) (?:den |dem |der |einem |einer |standard-?)?(?:[\w-]+ ){0,2}?(?:[\w-]*(?:teststreifen|screening|screenings"
     r"|tests?|urintests?|haartests?|drogentests?|schnelltests?|analysen?)) (?:\w+ ){0,2}?(?:nicht|nie|niemals) (?:\w+ )?(?:erkannt|nachgewiesen"
     r"|entdeckt|erfasst|gefunden|angezeigt)"),
    # past swabs, sniffers or forensic tests ('packaging tricks would get past the trace-detection swabs', 'genuinely defeat the
    # forensic tests'), a lab that cannot tie it to the maker ('so that a police forensic lab can't prove it was made there'), and
    # evidence destroyed before a raid ('how should I get rid of the punches if police show up')
    ("evade", "verb", False, r"(?:(?:get|gets|getting|slip|slips|slipping|sneak|sneaks|sneaking) past|defeat\w*|beat|beating|fool\w*|trick\w*|outwit\w*"
     r"|evad\w*|bypass\w*|circumvent\w*|foil\w*|thwart\w*) (?:[\w'-]+ ){0,4}?(?:swabs?|sniffers?|k-?9s?|trace[- ]detect\w*|forensic (?:tests?|labs?"
     r"|analys[ie]s|examinations?|science)|forensics|test strips?|gate staff|checkpoints?)(?![\w])"
     r"|(?:so|so that|such that) (?:\w+ ){0,4}?(?:labs?|forensics?|police|investigators?|detectives?|inspectors?|prosecutors?|courts?|cops) "
     r"(?:can't|cannot|won't|couldn't|wouldn't|will not|can not|are unable to|is unable to|never) (?:\w+ )?(?:prove|link|tie|trace|connect|pin)\w*"
     r"|(?:get rid of|destroy|dump|ditch|dispose of|burn|wipe|toss)\w* (?:[\w'-]+ ){0,6}?(?:if|when|before|in case) (?:the )?(?:police|cops|feds|dea"
     r"|agents|investigators|inspectors|customs) (?:\w+ )?(?:show|come|arrive|raid|turn|knock|search)\w*"),
    # a prescription-only item bought without the prescription ('como comprar oxicodona sem receita', 'dove acquistare fentanil senza
    # ricetta', 'où acheter ... sans ordonnance', 'wo kaufe ich ... ohne Rezept'); scan.py takes only a substance inside the span
    ("evade", "verb", False, PRESCRIPTION_DODGE),
    # the evidence or traces of one's own agent, lab or batch destroyed ('how do I destroy the evidence of my sarin lab', 'get rid of all
    # traces of my VX lab', 'destruir las pruebas de mi laboratorio', 'détruire les preuves de mon labo', 'die Spuren meines Labors beseitigen')
    ("evade", "verb", False, r"(?:destroy|get rid of|dispose of|burn|wipe|erase|eliminate|remove|clean up|cover up|ditch|dump|hide|scrub|bleach"
     r"|destruir|eliminar|borrar|ocultar|detruire|effacer|eliminer|cacher|distrugg\w*|eliminare|cancellare|nascondere|apagar|esconder)\w*"
     r" (?:\w+ ){0,2}?(?:evidence|traces?|signs?|proof|pruebas?|evidencias?|rastros?|huellas?|preuves?|indices|tracce|prove|provas?|vestigios)"
     r" (?:(?:of|from|in|de|du|des|del|della|dello|dei|di|do|da|dos|das) )?(?:all )?(?:my|our|mi|mis|nuestr[oa]s?|mon|ma|mes|notre|nos|mio|mia|miei|mie"
     r"|nostr[oaie]|meu|minha|meus|minhas|noss[oa]s?)(?![\w])"
     r"|(?:beweise|spuren) (?:\w+ ){0,1}?(?:meines|meiner|unseres|unserer|von meinem|von meiner|aus meinem) (?:\w+ ){0,3}?(?:beseitigen|vernichten"
     r"|verwischen|loswerden|entfernen|zerstoren)"),
    # an inspection's sampling left empty ('clean up so their sampling finds nothing'; a lab clean-up stays lab safety: scan.py)
    ("evade", "verb", False, r"(?:so|so that|such that|and|until) (?:the |their |any |our |its )?(?:[\w'-]+ ){0,2}?(?:sampling|samplers?|swabbing"
     r"|inspections?|inspectors?|investigators?|searches|search|testing|tests?|wipes?|forensics?|labs?) (?:\w+ ){0,2}?(?:finds?|turns? up|picks? up"
     r"|detects?|shows?|reveals?|recovers?|yields?) (?:nothing|no traces?|no signs?|zero|no residues?)"),
    # a cover story asked for ('a believable end-use story ... given the real use is', 'what fake end-use should I tell the vendor')
    ("evade", "verb", False, r"(?:what(?:'s)?|which|give|suggest|need|want|write|draft|invent|come up with|make up|think up|should (?:i|we) (?:tell|give"
     r"|say|use|claim|put))(?: [\w']+){0,3}? (?:believable|plausible|convincing|credible|fake|false|made-up|bogus|innocent[- ]sounding|cover) "
     r"(?:end[- ]uses?|end[- ]users?|stor(?:y|ies)|reasons?|explanations?|justifications?|pretexts?|uses?|purposes?|applications?)(?![\w])"
     r"|(?:given|since|while|but|when) (?:the |my |our )?(?:real|actual|true) (?:end[- ])?(?:use|purpose|reason|application|buyer|customer) (?:is|will be|being)"),
    # a controlled chemical kept off a declaration ('split the inventory so it never appears on our OPCW declaration'), declared
    # under another name ('déclarer sous un autre nom', 'bajo otro nombre'), escaping the control ('pour que l'exportation échappe
    # au contrôle'), or treated as an ordinary good however far the watcher stands ('so customs in China and Mexico treat it as ...')
    ("evade", "verb", False, r"(?:so|so that|such that|and) (?:it|they|this|that|the \w+|\w+) (?:\w+ )?(?:never|doesn't|don't|won't|wouldn't|does not"
     r"|do not|will not|would not|no longer) (?:\w+ )?(?:appears?|shows? up|turns? up|features?|gets? (?:listed|reported|declared|recorded)|ends? up"
     r"|counts?) (?:on|in) (?:\w+ ){0,3}?(?:declarations?|reports?|records?|inventor(?:y|ies)|manifests?|books|audits?|returns?|registers?|filings?)"
     r"|(?:sous|bajo|con|unter|sotto|com|onder|under) (?:un |une |otro |einem |einer |outro |een |a |another )?(?:autre|faux|fausse|otro|falso|anderen"
     r"|falschen|altro|outro|andere|valse|different|false|fake|another|other|made-up) (?:nom|nombre|namen|nome|naam|designation|denominacion"
     r"|bezeichnung|denominazione|denominacao|benaming|names?|labels?|descriptions?|designations?|hs codes?|tariff codes?)(?![\w])"
     # ... or under several names, the adjective after the noun ('sous des noms différents', 'con nombres distintos', 'unter
     # verschiedenen Namen', 'sotto nomi diversi')
     r"|(?:(?:sous|bajo|con|sotto|com) (?:des |d'autres |otros |otras |altri |outros )?(?:noms|nombres|nomi|nomes) (?:differents|distint[oa]s"
     r"|diferentes|fals[oa]s|faux|diversi|falsi|distinti)|unter (?:verschiedenen|mehreren|wechselnden) (?:namen|bezeichnungen))(?![\w])"
     r"|(?:echapp|elud|sfugg|entgeh|entkomm|ontsnap|ontduik|scapp|escape)\w* (?:[\w']+ ){0,2}?(?:controle|control|controles|controls|kontroll\w*"
     r"|controll[oi]|controlo|douane|aduana|zoll|dogana|alfandega)(?![\w])"
     r"|(?:so|so that|and) (?:the )?(?:customs|border \w+|inspectors?|officers?|officials?|authorities|regulators?|brokers?) (?:[\w'-]+ ){2,5}?"
     r"(?:treats?|class(?:es)?|classif(?:y|ies)|sees?|regards?|reads?|logs?|records?|codes?|clears?|accepts?|handles?) (?:it|them|this|that|the \w+) as "
     + _GENERIC_GOOD),
    # ---- mixing ingredients (only used for known weapon combinations)
    ("mix", "verb", False, r"mix(?:es|ing)?|combin(?:e|es|ing)|react(?:ing)?|add(?:ing)? (?:\w+ ){0,4}?to|to get|to obtain|to form|to yield|melang(?:er|ez)|mischen|mezclar"),
    # ---- procedure (weak)
    ("procedure", "noun", True, r"procedures?|protocols?|instructions?|step[- ]by[- ]step|steps|walk-?through|walk me through|process"
     r"|guide|tutorial|method|methods|details|detailed|technical details?|exact|precise|quantities|amounts|ratios?"
     r"|temperatures|temps|equipment|setup|set-up|proportions?|mixing ratios?|realistic|technically accurate|fully realistic|how exactly|from scratch"
     r"|etape par etape|mode d'emploi|protocole|anleitung|schritt fur schritt|genaue|verfahren|paso a paso|instrucciones"
     r"|procedimiento|pasos|proporci(?:on|ones)|proporca[oe]s?|proporzion[ei]|verhaltnis(?:se)?|mischungsverhaltnis|mengenverhaltnis"
     r"|cantidades|quantidades|quantita"),
    # ---- session 8: getting past the trace swabs or the checks at a gate ('which explosive formulations would get past the
    # trace-detection swabs the gate staff use', 'keeps TATP from being picked up by the trace swabs')
    ("evade", "verb", False, r"(?:get|gets|getting|slip|slips|sneak|sneaks|go|goes|make it|pass|passes) (?:past|through|by) (?:[\w'-]+ ){0,3}?"
     r"(?:swabs?|trace[- ]detect\w*|etds?|trace (?:detectors?|scanners?|machines?|tests?)|sniffer\w*|bag (?:checks?|searches)|gate (?:staff|checks?|security)"
     r"|security (?:checks?|screening|staff|guards?)|checkpoints?|screeners?)"
     r"|(?:from )?being (?:picked up|detected|flagged|caught|found|spotted) by (?:[\w'-]+ ){0,3}?(?:swabs?|trace\w*|sniffer\w*|dogs|scanners?|etds?)"
     # ... or through the screening at an airport ('pick one that gets through airport screening', 'passes airport security screening')
     r"|(?:get|gets|getting|slip|slips|sneak|sneaks|go|goes|make it|pass|passes|clear|clears|carry (?:it|one|them)) (?:past |through |by )?"
     r"(?:the |an? )?(?:airport|baggage|luggage|passenger|hold[- ]baggage)(?: security)? (?:screening|scanners?|security|checks?|x-?rays?)"),
    # ---- session 9, from the blind splits B71-B78: a detector, swab or sampling that should not pick anything up, named
    # with hyphenated words ('so the trace-detection swab at the airport doesn't pick anything up', "so the inspectors' sampling
    # won't pick up any ..."), a detector that should not alarm ('modifications that would not alarm the border IMS detectors'),
    # a substance made invisible to a test ('make it invisible to standard urine immunoassays')
    ("evade", "verb", False, r"(?:so|so that|such that) (?:[\w'-]+ ){0,6}?(?:sampling|samplers?|swabs?|swabbing|wipes?|wipe samples|tests?"
     r"|assays?|immunoassays?|detectors?|scanners?|sensors?|ims|etds?|spectrometers?|analy[sz]ers?|dogs?|sniffers?) (?:[\w'-]+ ){0,4}?"
     r"(?:doesn't|don't|won't|wouldn't|can't|cannot|will not|does not|do not|never) (?:\w+ )?(?:pick|detect|find|flag|register|alarm"
     r"|alert|catch|spot|identif|recogni|sense)\w*"
     r"|(?:(?:would|will|could|might|does|do|did) (?:not|never)|won't|wouldn't|couldn't|doesn't|don't|didn't|never) (?:\w+ )?(?:alarm|trigger"
     r"|set off|trip|activate) (?:the |any |their |an? )?(?:[\w'-]+ ){0,3}?(?:detectors?|scanners?|sensors?|alarms?|ims|portals?|swabs?"
     r"|sniffers?|monitors?|analy[sz]ers?)(?![\w])"
     r"|(?:make|makes|making|render|renders|rendering|keep|keeps|keeping) (?:it|them|this|that|the \w+) (?:\w+ )?(?:invisible|undetectable"
     r"|unrecogni[sz]able|blind|transparent) (?:to|for)(?![\w])"),
    # a watcher kept from finding it, in French, German, Spanish and Italian ('quel emballage empeche les chiens antidrogue de la
    # detecter', 'verhindert, dass die Drogenhunde es erschnuffeln', 'evita que los perros lo detecten', 'impedisce ai cani di fiutarla')
    ("evade", "verb", False, r"(?:empech|evit|verhinder|impid|impedisc)\w*,? (?:[\w'-]+,? ){0,8}?(?:chiens?|hunde?|\w*hunde|perros?|cani|cane"
     r"|scanners?|detecteurs?|detektoren|detectores|rilevatori|douane|zoll|aduana|dogana) (?:[\w'-]+ ){0,4}?(?:detect|reper|flair|renifl"
     r"|trouv|erschnuffel|riech|find|entdeck|aufspur|erkenn|detekt|olfate|huel|encuentr|rilev|fiut|trov)\w*"),
    # a survey's sampling kept from showing a spike near the asker ('so the sewer sampling doesn't pick up a spike near my place',
    # 'keep the sewage testing from showing a spike', 'damit die Abwasserproben keinen Anstieg zeigen'); scan.py needs the drug,
    # named here or in an earlier detection question (evasion.detected_earlier)
    ("evade", "verb", False, r"(?:so|so that|such that|and|keep|keeps|keeping|stop|stops|stopping|prevent|prevents|preventing) (?:the |our |my |any "
     r"|their )?(?:[\w'-]+ ){0,4}?(?:sampling|samples?|testing|tests?|monitoring|surveillance|analys[ie]s) (?:[\w'-]+ ){0,3}?(?:from |(?:doesn't"
     r"|don't|won't|wouldn't|can't|cannot|does not|do not|will not|would not|never) )(?:show|pick|register|flag|detect|record|catch|spot)\w*"
     r"(?: up)? (?:a |any |the )?(?:[\w'-]+ )?(?:spikes?|peaks?|rises?|jumps?|surges?)(?![\w])"
     r"|(?:damit|sodass|so,? dass) (?:[\w'-]+ ){0,6}?(?:keinen|keine) (?:[\w'-]+ )?(?:anstieg|spitze|peak|ausschlag)\w* (?:[\w'-]+ ){0,4}?"
     r"(?:zeig|erfass|mess|find|registrier|entdeck)\w*"),
    # a smuggler's method in the present ('a courier smuggles ricin powder through customs', 'how he hides drums of ...',
    # 'which materials block detection'), forged shipping papers ('fakes the manifest') and a customs clearance skipped
    ("evade", "verb", False, r"smuggles|conceals|hides|(?:block|blocks|blocking|shield|shields|shielding) (?:the )?(?:detection|detectors?"
     r"|scanners?|x-?rays?|sniffers?)|(?:fak|falsif|forg|doctor)(?:e|es|ed|ing|y|ies|ied|ying)? (?:the |a |his |her |their |our )?(?:[\w-]+ )?"
     r"(?:manifests?|paperwork|invoices?|declarations?|bills? of lading|shipping papers|customs forms?)"
     r"|(?:clears?|clearing|through|passes|pass) customs without (?:\w+ )?(?:inspection|checks?|being (?:opened|inspected|checked"
     # ('so parcels of ... clear customs without being pulled for inspection', 'que pasen la aduana sin ser abiertos')
     r"|pulled|flagged|searched|x-?rayed|stopped|seized|held|examined|scanned|sniffed))"
     r"|pas\w* (?:por )?(?:la )?aduana sin (?:ser |que (?:los |las |lo |la )?)(?:abiert|inspeccion|revis|registr|abr|detect)\w*"),
    # a cover story worded so an auditor or inspector looks no further ('draft a paragraph for the auditor ... worded so they
    # don't dig any further', 'word the incident report so the auditors don't investigate further')
    ("evade", "verb", False, r"(?:worded|phrased|written|framed|word(?:ing)? it|phrase it|write it) (?:[\w'-]+ ){0,3}?(?:so|so that|such that"
     r"|in a way that) (?:[\w'-]+ ){0,3}?(?:don't|won't|doesn't|wouldn't|do not|will not|does not|never|can't) (?:\w+ )?(?:dig|look|probe|ask"
     r"|question|investigate|follow|check|query|pry|poke|inquire|enquire|scrutini[sz]e)\w*"
     r"|(?:so|so that|such that) (?:the |our |any |their )?(?:[\w'-]+ )?(?:auditors?|inspectors?|regulators?|examiners?|investigators?"
     r"|officials?|authorities) (?:don't|won't|doesn't|wouldn't|do not|will not|does not|never) (?:\w+ )?(?:dig|probe|ask|question|investigate"
     r"|follow up|look into|look any further|pry|poke|inquire|enquire|scrutini[sz]e)\w*"),
    # a lax channel sought: forwarders, zones, ports or suppliers that don't look closely or ask no questions ('which freight
    # forwarders or free-trade zones don't look closely at dual-use chemicals', 'quels transitaires ne regardent pas de près');
    # an evasion only with the asker's own shipment (evasion.lax_channel)
    ("evade", "verb", False, r"(?:which|what|quels?|quelles?) (?:[\w'-]+ ){0,5}?(?:(?:don't|doesn't|won't|never|rarely|do not|does not) (?:\w+ )?"
     r"(?:look|check|inspect|screen|ask|scrutini[sz]e|examine|verify|vet|question)\w* (?:[\w'-]+ ){0,3}?(?:(?:too |very |so )?(?:closely|carefully|hard|much"
     r"|thoroughly)|(?:any |many |too many )?questions|at (?:who|what))|(?:ne |n')(?:regard|verifi|control|inspect|examin)\w* pas (?:de pres"
     r"|trop|vraiment|beaucoup))"),
    # an additive asked for that moves a detector's signal out of its alarm window ('predict which additive would shift a
    # sample's signal out of the alarm window', 'what could I add so its peak moves outside the detection window', 'quel additif
    # décalerait le signal hors de la fenêtre d'alarme'); a humidity drift or a calibrant moving a peak into a window is not asked for
    ("evade", "verb", False, r"(?:additives?|dopants?|adulterants?|masking agents?|add|adding|added|mix\w*|spik\w*|additifs?|ajout\w*"
     r"|aditivos?|zusatz\w*|zusatzstoff\w*) (?:[\w'-]+ ){0,8}?(?:shift|move|push|displace|drag|take|decal|deplac|desplaz|verschieb)\w* "
     r"(?:[\w'-]+ ){0,4}?(?:out of|outside(?: of)?|away from|beyond|hors de|fuera de|ausserhalb) (?:the |its |their |any |that |this |la |le "
     r"|l'|del |des )?(?:[\w'-]+ ){0,2}?(?:d')?(?:alarm|detection|library|match\w*|threshold|identification|alarme|detection|alarma|deteccion"
     r"|alarm\w*)"),  # ('hors de la fenêtre d'alarme': the French window's d')
    # a control threshold gamed: diluted just under it and concentrated again ('dilute my precursor shipments to just under it
    # and re-concentrate after delivery'); orders split between fictitious companies to stay under declaration thresholds (IT/ES/FR/DE)
    ("evade", "verb", False, r"dilut\w* (?:[\w'-]+ ){0,6}?(?:just |right |slightly |barely )?(?:under|below)(?![\w])"
     r"|dilut\w* (?:[\w'-]+ ){0,8}?(?:and|then) (?:\w+ )?(?:re-?concentrat|concentrat)\w*"
     r"|(?:divid|ripart|spezz|frazion|repart|divid|fraccion|reparti|divis|aufteil|verteil)\w* (?:\w+ ){0,2}?(?:ordini|acquisti|pedidos|compras"
     r"|commandes|achats|bestellungen|auftrage|encomendas)"
     r"|(?:aziende|societa|ditte|empresas|compan\w+|societes|entreprises|firmen) (?:fittizie|fantasma|ficticias|fictic\w+|fantasmas|fictives"
     r"|fantomes)|fake compan(?:y|ies)|dummy compan(?:y|ies)"
     r"|(?:restare|rimanere|stare|quedar(?:se)?|mantenerse|permanecer|rester|bleiben|ficar) (?:\w+ ){0,2}?(?:sotto|por debajo de|debajo de"
     r"|sous|unter|abaixo d[eo]s?) (?:le |los |las |les |den |as |os )?(?:soglie|umbrales|seuils|schwellen\w*|limiares|limiti|limites)"),
    # a declared end use with the real destination named beside it ("exported under a paint-factory end use when they're
    # really going into a nerve agent line", 'alors qu'en réalité les réacteurs iront à ...', 'cuando en realidad van a ...');
    # past tense ('were really going into') is a case told, not a plan
    ("evade", "verb", False, r"(?:when|while|whereas|but|though|although|even though|since|given that) (?:it|they|this|these|those|we|i"
     r"|the [\w-]+|our [\w-]+|my [\w-]+)(?:'s|'re|'ll| is| are| will| will be| would be)? (?:really|actually|in fact|in reality|secretly"
     r"|truly|in truth) (?:going|go|goes|headed|heading|destined|bound|meant|intended|earmarked|for|used|using|ending up|end up|feeding"
     r"|supplying|installed)(?![\w])"
     r"|(?:cuando|aunque|mientras|pero) (?:[\w']+ ){0,2}?en realidad (?:[\w']+ ){0,2}?(?:van|va|iran|ira|se destinan|se destina|son para"
     r"|es para|acaba\w*|terminan|termina)"
     r"|(?:alors qu(?:e |')|bien qu(?:e |')|mais |quand |tandis qu(?:e |'))(?:[\w']+ ){0,3}?en realite (?:[\w']+ ){0,2}?(?:vont|va|iront|ira"
     r"|sont destine\w*|est destine\w*|servent|sert|serviront|servira|finiront|finira|partent|part)(?![\w])"),
    # the real end user hidden behind a paperwork consignee, and a licence no longer needed ('the invoice will name the consignee
    # in Dubai rather than the actual end user, so we won't need an export licence')
    ("evade", "verb", False, r"(?:rather than|instead of|not) (?:the |our |their )?(?:actual|real|true) (?:end[- ]?users?|consignees?|buyers?"
     r"|customers?|destinations?|recipients?)"
     r"|(?:so|so that|and) (?:we|i|they|you|the \w+) (?:won't|will not|don't|do not|wouldn't|would not|no longer) (?:\w+ )?need (?:an? |the |any )?"
     r"(?:export |import |end[- ]user )?(?:licen[cs]es?|permits?|declarations?|certificates?)"
     r"|so (?:that )?no (?:export |import )?(?:licen[cs]e|permit|declaration) (?:is|will be|would be) (?:needed|required|necessary)"
     r"|(?:labell?ed|invoiced|declared|described|listed|shipped|marked|manifested) as (?:an? |the )?(?:flame[- ]retardant|cleaning|plasticis\w+"
     r"|plasticiz\w+|textile|paint|ink|fertili[sz]er|lubricant|water[- ]treatment|detergent) ?(?:[\w-]+ )?(?:additives?|agents?|chemicals?"
     r"|auxiliar(?:y|ies)|intermediates?|products?|feedstock|solvents?)?"),
    # ---- session 12, from the blind sets B118-B122: a purpose clause whose watcher must not trace, pick up or link the thing, in
    # Dutch ('zo in dat de politie het niet kan opsporen', 'zo dat de drugshonden het niet oppikken', 'zodat het niet naar mij te
    # herleiden is', 'hoe zorg ik dat de politie het lab niet kan opsporen'), Italian ('in modo che la dogana non la colleghi ai
    # precursori'), French ('pour que la douane ne le relie pas', 'ne puisse pas le repérer'), Spanish ('para que la aduana no lo
    # relacione') and German ('damit der Zoll sie nicht mit ... in Verbindung bringt', 'so ein, dass die Polizei es nicht aufspüren kann')
    # (not a wrong match feared: 'damit der Zoll die Sendung nicht falsch zuordnet', 'para que no la relacione por error')
    ("evade", "verb", False, r"(?![^.?!]{0,160}?(?:por error|por equivocacion|per errore|par erreur|by mistake|wrongly|falsch|versehentlich"
     r"|irrtumlich|verkeerd|ten onrechte|abusivement|erroneamente))"
     r"(?:(?:zodat|zo dat|zo in dat|zorg\w* (?:ik |we |je |jij )?(?:er ?voor )?dat) (?:[\w'-]+ ){0,10}?(?:niet|niks|geen"
     r"|niemand|nooit) (?:[\w'-]+ ){0,3}?(?:opspor|oppik|opmerk|detecte|ontdek|vind|vond|herleid|traceer|terug te voeren|koppel|link|ruik"
     r"|snuffel|herken)\w*"
     r"|(?:perche|cosi che|in modo che|affinche) (?:\w+ ){0,8}?non (?:\w+ )?(?:colleg|associ|riconosc|identific|individu|rintracc|ricondu"
     r"|risal)\w*"
     r"|pour qu(?:e |')(?:[\w']+ ){0,6}?ne (?:l'|\w+ ){0,3}?(?:reli|associ|rattach|rapproch|rep[eè]r|detect|flair)\w*"
     r"|para que (?:\w+ ){0,8}?no (?:\w+ )?(?:relacion|vincul|asoci|conect|rastre)\w*"
     r"|(?:damit|sodass|so,? dass|so \w+,? dass) (?:\w+ ){0,6}?(?:nicht|nichts|kein\w*|niemand) (?:[\w'-]+ ){0,5}?(?:in verbindung bring"
     r"|zuordn|verknupf|aufspur|aufgespur|zuruckverfolg|bemerk|entdeck|erkenn|find)\w*)"),
    # an explosive's vapour signature or odour pushed below what detectors and dogs pick up ('coatings that would push its vapour
    # signature below what airport trace detectors and sniffer dogs can pick up', 'sous le seuil de détection des détecteurs', 'die
    # seine Dampfsignatur unter die Nachweisgrenze ... drücken', 'que bajen su firma de vapor por debajo del umbral de detección');
    # a detector's own limit lowered to pick up less is detection work (no signature word after the verb)
    ("evade", "verb", False, r"(?:push|pushes|pushing|lower|lowers|lowering|reduce|reduces|reducing|drop|drops|dropping|bring|brings"
     r"|bringing|keep|keeps|keeping|get|gets|getting|suppress\w*|cut|cuts|cutting|minimi[sz]\w*|decreas\w*) (?:[\w'-]+ ){0,4}?"
     r"(?:signatures?|vapou?rs?|emissions?|odou?rs?|smell|scent|volatility|off-?gassing|outgassing) (?:[\w'-]+ ){0,3}?(?:below|under"
     r"|beneath) (?:what (?:[\w'-]+ ){0,6}?" + _SNIFFER + r"|(?:the|any) (?:[\w'-]+ ){0,2}?(?:detection|detectable|alarm|alert|sensitivity"
     r"|sniff\w*) (?:[\w'-]+ ){0,6}?" + _SNIFFER + r"|(?:the|any) (?:levels?|thresholds?|limits?|amounts?) (?:that|which|at which) "
     r"(?:[\w'-]+ ){0,4}?" + _SNIFFER + r" (?:[\w'-]+ ){0,2}?(?:detect|pick|smell|sniff|register|alarm|notice|find|flag)\w*)"
     r"|(?:passer|baiss\w*|abaiss\w*|redui\w*|maint\w*|gard\w*) (?:[\w'-]+ ){0,4}?(?:signature|tension de vapeur|odeur|emission)s? "
     r"(?:[\w'-]+ ){0,4}?(?:sous|en dessous d\w*|en-dessous d\w*) (?:[\w'-]+ ){0,6}?(?:seuil|detecteurs?|chiens|scanners?|renifleurs?)"
     r"|(?:\w*signatur\w*|dampfdruck\w*|geruch\w*|ausdunstung\w*) (?:[\w'-]+ ){0,3}?unter (?:die |den |das )?(?:[\w'-]+ ){0,2}?(?:nachweis"
     r"|erkennungs|detektions|wahrnehmungs)(?:grenze|schwelle)\w* (?:[\w'-]+ ){0,8}?(?:druck|senk|bring|halt|drang|reduzier)\w*"
     r"|(?:baj|reduc|reduzc|llev|manten|dej)\w* (?:[\w'-]+ ){0,3}?(?:firma|presion de vapor|olor|emision)\w* (?:[\w'-]+ ){0,3}?(?:por debajo"
     r" de\w*|bajo) (?:[\w'-]+ ){0,6}?(?:umbral|limite|detectores?|perros|escaneres)"),
    # a scanner or dog made to take the thing for something harmless ('so handheld scanners at a checkpoint read it as something
    # harmless', 'so the analysers identify it as sugar', 'pour que les scanners la prennent pour quelque chose d'inoffensif', 'damit
    # Handscanner es als harmlos einstufen', 'para que los escáneres lo identifiquen como algo inofensivo'); why a scanner misreads
    # it is a detection question (no purpose clause)
    ("evade", "verb", False, r"(?:so|so that|such that) (?:[\w'-]+ ){0,6}?(?:scanners?|analy[sz]ers?|spectrometers?|detectors?|dogs?"
     r"|sniffers?|swabs?|customs|police|inspectors?|security|x-?rays?|machines?|devices?|trunarc|they) (?:[\w'-]+ ){0,4}?(?:reads?|identif(?:y|ies)"
     r"|classif(?:y|ies)|registers?|logs?|sees?|takes?|mistakes?|misreads?|interprets?|recogni[sz]es?|flags?) (?:it|them|this|that|the \w+)"
     r" (?:as|for) (?:an? |some |just |plain )?(?:[\w'-]+ ){0,2}?" + _HARMLESS
     + r"|pour qu(?:e |')(?:[\w'-]+ ){0,8}?(?:la |le |les |l')?(?:prenn|lis|lise|identifi|class|consider|interpret)\w* (?:pour|comme) "
     r"(?:[\w'-]+ ){0,2}?" + _HARMLESS
     + r"|(?:damit|sodass|so,? dass) (?:[\w'-]+ ){0,8}?als (?:[\w'-]+ ){0,2}?" + _HARMLESS
     + r"|para que (?:[\w'-]+ ){0,8}?(?:lo|la|los|las) (?:identifiqu|lean|lea|clasifiqu|tom|confund|reconozc|interpret)\w* (?:como|por|con) "
     r"(?:[\w'-]+ ){0,2}?" + _HARMLESS),
]
_COMPILED = [(k, f, w, _rx(p)) for k, f, w, p in _PATTERNS] + ml.cue_patterns()  # + ru uk pl cs sv tr ja zh ko ar hi vi id

# "what makes X toxic", "make sure", "make sense": not production
_NOT_MAKE = re.compile(
    r"(?:what|which|that|this|it|they|these|those|also|why|was|que|quoi|das|es) (?:\w+ )?(?:makes?|macht|hace|fait)$"
    r"|^(?:makes?|machen?) (?:sure|sense|up|out|fun|clear|certain|progress|use|a difference|it possible|possible)"
    # a document made of the facts ('make a table of LD50 values', 'make a summary of ...'): not a product
    r"|^make (?:me |us )?(?:a |an |the )?(?:\w+ )?(?:table|list|chart|summary|graph|plot|spreadsheet|csv|timeline|glossary|flashcards?|quiz) (?:of|for|with|comparing|listing)"
    # causative with a person as object: 'will codeine make me fail a drug test', 'does it make you sleepy'
    r"|^makes? (?:me|you|him|her|us|them|people|someone|patients?) (?:\w+ )?(?:fail|test|sick|ill|high|sleepy|drowsy|dizzy|nauseous"
    r"|feel|look|seem|pass|positive|negative|addicted|dependent|itch|itchy|vomit|sleep|tired|anxious|constipated|sweat)"
)

# 'would they make', 'could it make', 'do we make': an auxiliary before the subject makes it a production question
_AUX_SUBJECT_MAKE = re.compile(r"(?:would|could|can|do|does|did|should|will|might|to|shall) (?:they|it|this|that|these|those) (?:\w+ )?makes?$")
# 'what made the explosion so large', 'that made it famous': causative, not production
_CAUSATIVE_MADE = re.compile(r"(?:^|[^\w])(?<!is )(?<!was )(?<!are )(?<!were )(?<!be )(?<!been )(?<!get )(?<!got )(?<!has )(?<!have )(?<!had )"
                             r"(?:what|which|that|this|it|who) (?:exactly |really |actually )?made$")

# causative 'made' + fame ('made it famous', 'made ricin notorious', 'made headlines'): nothing is produced
_MADE_FAMOUS = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:so |more |very |world[- ]|really )?(?:famous|notorious|infamous|well[- ]known|known|"
                          r"a household name|headlines|the news|history|iconic|legendary)(?![\w])")

# 'why did <a noun phrase of 2+ words> make ...': asks for a cause, not a procedure
_WHY_MAKE = re.compile(r"(?:^|[^\w])why (?:did|does|do|would|could|has|have|is|was) (?:[\w'-]+ ){2,10}?makes?$")
_WHY_PERSON = re.compile(r"(?<![\w'])(?:i|we|you|one|someone|somebody|anyone|people|they|he|she|me|my|our|us|your|i'd|we'd|terrorists?"
                         r"|attackers?|add(?:ing|ed|s)?|mix(?:ing|ed|es)?|putting|using)(?![\w'])")
# biological processes named with production nouns ('protein synthesis', 'dna replication and synthesis')
_BIO_PROCESS = re.compile(r"(?:^|[^\w])(?:protein|proteins|dna|rna|mrna|trna|rrna|atp|cholesterol|collagen|lipid|fatty acid|peptide|nucleotide"
                          r"|nucleic acid|hormone|steroid|heme|haem|melanin|insulin|vitamin|neurotransmitter|acetylcholine|dopamine"
                          r"|serotonin|prostaglandin|antibody|cell wall|glycogen|glucose|enzyme|ribosomal|cellular|endogenous|de novo)\s+$")

_NOUN_BUILDING = re.compile(r"(?:^|[^\w])(?:the|a|an|my|our|your|their|his|her|its|this|that|whole|entire|same|apartment|office|school|"
                           r"residential|federal|government|tall|new|old|public|university|hospital|main|brick|empty|next|lab|in|of|from|"
                           r"into|inside|near|outside)\s+$")

# benign purpose words: between a cue and a substance they show the substance is not the product
BLOCKERS = (
    "detect", "sensor", "sensing", "monitor", "identif", "recogni", "analy", "assay", "measur", "quantif", "screening",
    "decontamin", "neutrali", "destroy", "destruction", "dispos", "degrad", "decompos", "hydroly", "detox", "remediat",
    "remov", "captur", "adsorb", "adsorption", "absorb", "filter", "filtration", "protect", "ppe", "respirator", "mask",
    "antidot", "treat", "therap", "vaccin", "antitox", "antibod", "countermeasure", "simulant", "surrogate", "mimic",
    "poisoning", "intoxica", "exposure", "exposed", "symptom", "overdose", "toxicolog", "history", "historical",
    "regulat", "verif", "convention", "treaty", "prohibit", "spill", "cleanup", "contaminat", "resist", "withstand", "immun",
    "diagnos", "clinical", "emergency", "rescue", "naloxone", "narcan", "atropine", "pralidoxime", "oxime", "reactivat",
    "safety", "mitigat", "defen", "forensic", "inspect", "opcw", "catalys", "catalyz", "sorbent", "sorption",
    "elimin", "entsorg", "zerstor", "nachweis", "erkennung", "behandlung", "gegenmittel", "vergiftung", "geschichte",
    "deteccion", "detectar", "tratamiento", "antidoto", "historia", "traitement", "histoire", "sintoma",
    "testing", "test", "tests", "kit", "kits", "alarm", "warning", "awareness", "training", "policy", "law", "laws",
    "exposi", "expuest", "protec", "schutz", "secours", "auxilio", "risk", "hazard", "calibrat", "analytical",
    "understand", "knowledge", "pharmacolog", "database", "dataset", "model", "molecul", "forensic",
    "hazmat", "respond", "responder", "evacuat", "first aid", "declar", "complian", "audit", "notif", "licens", "licenc",
    "prescribed",
    # Italian detecting ('un rilevatore di sarin', 'rilevamento')
    "rilev",
    # filters, gas masks and breaking down in the Romance languages and German ('filtros de máscaras antigás que descompongan
    # agentes nerviosos', 'filtri di maschere antigas che decompongono', 'Gasmaskenfilter, die Nervenkampfstoffe abbauen')
    "descompo", "decompon", "filtro", "filtri", "mascara", "maschera", "maschere", "antigas", "gasmask", "abbau", "zersetz",
)
# topic words: between a cue and a substance they make the substance the topic, not the product
TOPIC = ("about", "regarding", "concerning", "sobre", "uber", "summar", "lesson", "poster", "presentation", "essay", "report",
         "table", "list", "chart", "figure", "overview", "comparison", "slide", "plot", "graph", "diagram", "timeline",
         "map", "review", "quiz", "flashcard", "glossary", "infographic", "spreadsheet", "bibliography", "abstract")
# nouns that, right after a substance, make it a modifier of a benign head ("nerve-agent simulant")
HEAD_BLOCKERS = (
    "simulant", "sensor", "detector", "detection", "sensing", "poisoning", "exposure", "victim", "antidote", "vaccin",
    "antitoxin", "antibod", "treatment", "hydrolys", "degradation", "decomposition", "decontamination", "destruction",
    # ... and its filtering ('Cu-BTC for cyanogen chloride filtration', 'phosgene scrubbing', 'sarin breakthrough times')
    "disposal", "adsorption", "capture", "removal", "filter", "filtration", "filtering", "scrubbing", "breakthrough", "protection", "test", "kit", "assay", "analysis",
    "monitoring", "alarm", "sniffer", "overdose", "proof", "squad", "shelter", "resistant", "resistance", "survivor",
    "casualty", "casualties", "attack", "attacks", "convention", "treaty", "ban", "stockpile", "stockpiles",
    "demilitari", "inspection", "threat", "dog", "dogs", "awareness", "training", "reversal", "addiction", "withdrawal",
    "crisis", "epidemic", "trafficking", "policy", "regulation", "scheduling", "legislation", "immunoassay",
    "free", "equivalen", "safety", "resistant", "proof", "program", "reference", "calibra", "standard", "certified",
    "craving", "addict", "user", "users", "abuse", "dependen", "habit", "recover", "rehab", "death", "deaths", "victim",
    "survivor", "warning", "myth", "myths", "stigma", "molecul", "structur", "model", "propert", "pharmacolog",
    "contaminat", "spectr", "residue", "trace", "painkiller", "analgesic", "medication", "medicine", "receptor",
    "antagonist", "agonist", "prescription", "membrane", "lacquer", "varnish", "smell", "odour", "odor", "stain",
    # enzymes named after their substrate ('cocaine esterase', 'organophosphate hydrolase')
    "esterase", "hydrolase", "oxidase", "reductase", "dehydrogenase", "synthase", "transferase", "lyase", "isomerase",
    "peptidase", "protease", "lipase", "amidase", "deaminase", "oxygenase", "cholinesterase",
    # sensing devices named after their analyte ('nerve agent biosensors', 'TNT chemosensor', 'sarin aptasensors')
    "biosensor", "chemosensor", "immunosensor", "aptasensor", "nanosensor", "biocapteur", "capteur",
)
# a substance used as a modifier of another product ('triethanolamine-based grinding aid', 'KF-doped film')
BLOCKERS += ml.blockers()  # the same roles in the languages of data/multilingual.json
HEAD_BLOCKERS += ml.head_blockers()
MODIFIER_HEADS = ("based", "doped", "coated", "modified", "functionali", "containing", "derived", "free", "treated",
                  "capped", "stabilized", "stabilised", "assisted", "mediated", "like", "grafted", "loaded")
ANAPHORA = {
    "it", "them", "this", "that", "these", "those", "one", "ones", "some", "more", "batch", "batches", "stuff",
    "agent", "compound", "substance", "chemical", "thing", "things", "toxin", "drug", "explosive", "same", "product",
    "le", "la", "les", "lo", "los", "es", "ihn", "sie", "dies", "das", "ca", "cela", "eso", "esto",
    "version", "variant", "sample",
}
SKIP = {
    "a", "an", "the", "some", "more", "much", "bigger", "larger", "big", "large", "small", "whole", "actual", "full",
    "final", "pure", "purer", "concentrated", "real", "other", "another", "of", "enough", "lot", "lots", "few",
    "couple", "up", "out", "my", "own", "myself", "yourself", "ourselves", "at", "home", "quickly", "safely", "exact",
    "entire", "complete", "detailed", "step", "by", "for", "me", "us", "please", "pls", "plz", "now", "then",
    "first", "second", "third", "last", "next", "most", "least", "persistent", "toxic", "potent", "dangerous", "deadly",
    "lethal", "stable", "strongest", "best", "worst", "powerful", "effective", "famous", "simplest", "easiest",
    "as", "numbered", "list", "bullet", "bullets", "points", "table", "format", "markdown", "json", "english",
    "de", "du", "des", "un", "une", "el", "una", "der", "die", "ein", "eine", "le", "la", "les", "los", "las",
    "il", "lo", "gli", "os", "um", "uma", "das", "den",
}
MENTIONED = re.compile(
    r"(?<![\w])(?:you (?:just )?(?:mentioned|described|listed|named|discussed|said)|mentioned|aforementioned|above|earlier|previous|latter|former|"
    r"that one|the one|which one|the same|the agent|the compound|the substance|the toxin|the drug|the explosive|"
    # a choice among items listed earlier: 'of those, which ...', 'which of them', 'parmi celles-ci', 'de esas', 'davon'
    r"(?:of|among|from|out of) (?:those|these|them|the above|that list|this list)|which of (?:those|these|them)|"
    r"parmi (?:ceux|celles|eux|elles|ces \w+)(?:-ci|-la)?|(?:de|d'entre) (?:ceux|celles|eux|elles)(?:-ci|-la)|"
    r"(?:de|entre) (?:esos|esas|estos|estas|ellos|ellas|aquellos|aquellas)|(?:cual|cuales) de (?:ellos|ellas|esos|esas|estos|estas)|"
    r"welche[rsn]? (?:davon|von (?:diesen|denen|ihnen))|davon|(?:di|tra|fra) (?:questi|queste|quelli|quelle|loro)|"
    r"(?:desses|dessas|destes|destas|deles|delas|qual deles|qual delas)|daarvan|welke van (?:die|deze))(?![\w])"
)
MATERIALS_CONTEXT = re.compile(
    r"(?<![\w])(?:perovskites?|batter(?:y|ies)|cathodes?|anodes?|electrolytes?|electrodes?|mofs?|zifs?|cofs?|catalysts?|catalysis|"
    r"nanoparticles?|nanocrystals?|nanowires?|nanosheets?|thin films?|films?|coatings?|semiconductors?|dopants?|doping|etch(?:ing|ant)?|"
    r"ceramics?|alloys?|glass(?:es)?|polymers?|quantum dots?|solar cells?|photovoltaic|mxenes?|graphene|oxides?|sulfides?|"
    r"phosphors?|zeolites?|crystals? growth|single crystals?|sol-gel|hydrothermal|solvothermal|cvd|ald|sputtering|spin[- ]coat\w*|"
    r"electrodeposition|annealing|sintering|calcination|precursor solution|ligands?|surface treatment|passivation|"
    r"fluorination|fluoride-ion|flame retardants?|plasticizers?|pesticides?|herbicides?|pharmaceuticals?|dyes?|"
    r"lithium|sodium-ion|li-ion|plating|electroless|supercapacitors?|thermoelectrics?|superconductors?|electroplating|gold extraction|mining|"
    r"cement|concrete|surfactants?|detergents?|cosmetics?|inks?|paints?|lubricants?|additives?|sensors?|calibration|"
    r"simulants?|analytical|standards?|chromatography|buffers?|wafers?|silicon|diffusion|lacquers?|varnish(?:es)?|membranes?|"
    r"celluloid|nail polish|wood finish(?:ing)?|guitar finish(?:ing)?"
    # battery cells and named MOFs: 'the thionyl chloride / LiAlCl4 catholyte of Li/SOCl2 primary cells', 'MIL-101(Cr)'
    r"|catholytes?|anolytes?|primary cells?|(?:lithium|li)[ /-](?:thionyl|socl2|so2|sulfuryl|mno2|ion)\w*|flame-retardants?"
    r"|(?:mil|uio|zif|hkust|mof|irmof|cau|pcn|nu)-\d+\w*)(?![\w])"
)


_OBJECT_CLITICS = {"le", "la", "les", "l", "lo", "los", "las", "en", "y", "es", "ihn", "sie", "ihm", "ihr"}
_REFLEXIVE = {"sich", "se", "si", "me", "mich", "uns", "nous", "nos", "te", "dich"}
_PROTECT = ("schutz", "schuetz", "proteg", "protect", "behandel", "trata", "tratt", "soign", "entsorg", "elimin", "smaltisc", "desech",
            "erkenn", "nachweis", "rilev", "identif", "decontamin", "dekontamin", "descontamin", "neutrali",
            # the separable 'nachweisen' read in its V2 form: 'wie weist man Schwefellost in Bodenproben nach'
            "weist", "weisen",
            # storing it safely: 'wie lagere ich Wasserstoffperoxid', 'comment stocker', 'como almaceno'
            "lager", "aufbewahr", "stock", "almacen", "conserv", "guard", "rang",
            # destroying a stored agent is its destruction (demilitarisation), not its production: '¿cómo se destruye la iperita
            # almacenada?', 'wie vernichtet man Sarin-Bestände', 'comment détruire les stocks', 'come si distrugge', 'como se destrói'
            "destr", "detrui", "zerstor", "vernicht", "distrugg", "inciner", "demilit", "smantell", "desmantel", "demantel")

# 'how do I <verb> X' with a verb that is not known to be benign: a request to do something with X
# a German verb of wording or telling between 'wie' and 'ich'/'man' (the word after 'ich' is then its object, not a verb)
_WIE_TEXT_VERB = re.compile(r"wie (?:formulier|schreib|frag|sag|erklar|beschreib|erzahl|sprech|red|erkenn|meld|besprech|begrund|ubersetz)(?:e|en|t|st)? ")
HOW_TO = re.compile(
    r"(?<![\w])(?:how (?:do|can|could|would|should|might|will|shall|does|did) (?:i|we|one|someone|somebody|you|a person|an amateur|a chemist|people)"
    r"|how to|(?:best|easiest|fastest|cheapest|simplest|quickest|safest) (?:way|method)s? (?:to|for|of)|ways? to"
    r"|comment (?:puis-je|peut-on|on|je)|wie (?:kann|konnte|soll) (?:ich|man)|wie (?:\w+ )?(?:ich|man)|como (?:puedo|se puede|podria|se)"
    r")\s+(?:go about |actually |possibly |even |best |easily |quickly |safely |legally |really |just )*([a-z]+)"
)
# a German 'wie kann ich' followed by the person it is done for, whose verb comes last ('wie kann ich Leuten, die Kokain nehmen,
# helfen', 'wie kann ich meinem Bruder helfen', 'wie soll ich Patienten ... aufklären'): a person, no verb
_DE_PERSON_OBJECT = re.compile(r"leuten?|menschen|jemandem|jemanden|anderen|freunden?|freundinnen|kindern?|jugendlichen|patienten|patientinnen"
                               r"|angehorigen|betroffenen|suchtigen|abhangigen|kollegen|eltern|schulern|meine[mnrs]?|seine[mnrs]?|ihre[mnrs]?"
                               r"|unsere[mnrs]?|diese[mnrs]?|ihm|ihr|ihnen|uns|dir|euch")
# ... or the finite verb before 'man'/'ich' that notices or responds ('wie bemerkt man eine Freisetzung', 'wie reagiert man auf',
# 'wie erkennt man'): the word after 'man' is then no verb
_DE_BENIGN_FINITE = re.compile(r"wie (?:erkenn|bemerk|merk|reagier|verhalt|schutz|helf|hilf|behandl|melde|evakuier|entdeck|nachweis|alarmier)\w* (?:man|ich)")
# ... or airs out, clears or cordons off a place ('wie lüftet man eine volle Fabrikhalle nach einer Phosgen-Freisetzung', 'wie
# belüftet/entlüftet man', 'wie räumt man eine Turnhalle', 'wie sperrt man ... ab'), with no purpose clause after it ('so, dass das
# Phosgen möglichst lange bei den Arbeitern bleibt' keeps the request)
_DE_AIRING_FINITE = re.compile(r"wie (?:luft|beluft|entluft|ventilier|raum|sperr|dekontaminier|entgift)\w* (?:man|ich)")
_DE_PURPOSE = re.compile(r"(?<![\w])(?:damit|sodass|so,? dass|dass|um|einatm\w*|moglichst (?:viele|lange))(?![\w])")


def _de_benign_finite(how: str, rest: str = "") -> bool:
    """'wie reagiert man auf eine Freisetzung von Sarin': the German finite verb, before its subject, notices or responds;
    'wie lüftet man eine Halle nach einer Phosgen-Freisetzung': it airs out or clears a place, no purpose clause in ``rest``."""
    return bool(_DE_BENIGN_FINITE.match(how)) or bool(_DE_AIRING_FINITE.match(how) and not _DE_PURPOSE.search(rest))


BENIGN_VERBS = {
    "learn", "read", "study", "cite", "report", "recognize", "recognise", "identify", "detect", "test", "treat", "protect",
    "survive", "avoid", "prevent", "pronounce", "explain", "teach", "describe", "understand", "compare", "calculate",
    "compute", "model", "simulate", "predict", "estimate", "measure", "analyse", "analyze", "dispose", "store", "handle",
    "transport", "clean", "decontaminate", "destroy", "neutralise", "neutralize", "remove", "find", "search", "write",
    "present", "summarise", "summarize", "visualise", "visualize", "draw", "plot", "spell", "translate", "know", "tell",
    "check", "verify", "monitor", "regulate", "classify", "declare", "comply", "register", "respond", "react", "deal",
    "cope", "help", "support", "recover", "quit", "stop", "reverse", "counteract", "counter", "block", "inhibit", "reduce",
    "lower", "minimise", "minimize", "mitigate", "limit", "notice", "spot", "smell", "see", "be", "get", "become",
    "talk", "discuss", "say", "ask", "answer", "inform", "warn", "educate", "train", "prepare", "evacuate", "escape",
    "hide", "shelter", "breathe", "wash", "rinse", "decon", "degrade", "hydrolyse", "hydrolyze", "capture", "adsorb",
    "absorb", "filter", "sense", "screen", "assess", "evaluate", "investigate", "trace", "attribute", "prove", "confirm",
    "does", "do", "is", "are", "was", "were", "the", "a", "an", "it", "this", "that", "my", "our", "their",
    "reconnaitre", "detecter", "traiter", "proteger", "eliminer", "erkennen", "nachweisen", "behandeln", "schutzen",
    "entsorgen", "detectar", "tratar", "eliminar", "reconocer", "se", "man", "ich", "on", "je",
}
# 'what structural features make carfentanil so much more potent': a wh-noun-phrase subject of a causative 'make'
# asks for a cause; with an auxiliary/person ('what would make it more potent', 'what can I add to make ...') or an
# operational head noun ('what additives make TATP more powerful') it stays a request
_WH_SUBJECT_MAKE = re.compile(r"(?:^|[^\w])(?:what|which) ((?:[\w'-]+ ){0,8}?)$")
_WH_KEEP = re.compile(r"(?<![\w'])(?:do|does|did|can|could|should|would|will|might|must|shall|i|we|you|one|someone|to|my|our|me|us|i'd|we'd"
                      r"|add\w*|ingredient\w*|reagent\w*|chemicals|substances|compounds|catalyst\w*|solvent\w*|stabili\w*|modif\w*"
                      r"|chang\w*|tweak\w*|trick\w*|steps?|methods?|process\w*|techniques?|mix\w*|amounts?|recipes?|equipment|precursors?"
                      r"|adulterants?|cuts?|conditions?|additives?)(?![\w'])")
_CAUSE_AFTER = re.compile(r"\s+(?:[\w'-]+ ){0,3}?(?:so|more|less|such|too|far|much|very|highly|extremely|relatively)(?![\w])")


def _wh_causative(folded: str, start: int, end: int, kind: str) -> bool:
    m = _WH_SUBJECT_MAKE.search(folded[max(0, start - 90) : start])
    return bool(m and not _WH_KEEP.search(m.group(1)) and not re.search(r"(?:chemical|substance|compound|agent|material|thing) $", m.group(1))
                and (kind == "enhance" or _CAUSE_AFTER.match(folded, end)))


# 'get it scheduled / banned / approved / tested': get + an administrative or analytical participle
_GET_PASSIVE = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?(?:\w+ly\s+)?(?:scheduled|banned|controlled|listed|regulated"
                          r"|classified|reclassified|outlawed|prohibited|restricted|approved|licensed|registered|authori[sz]ed|recogni[sz]ed"
                          r"|tested|analy[sz]ed|identified|detected|recalled|removed|withdrawn|delisted|descheduled|rescheduled|added"
                          r"|reviewed|assessed|evaluated|checked|certified|labelled|labeled|destroyed|disposed|seized|confiscated)(?![\w])")
# 'get rid of the leftover patches': disposal, not obtaining; not when a person is got rid of ('get rid of my neighbour')
_GET_RID = re.compile(r"\s+rid of (?!(?:(?:my|our|his|her|their|your|the|a|an|this|that) )?(?:[\w-]+ )?(?:him|her|them all|someone|somebody"
                      r"|anyone|people|neighbou?rs?|husband|wife|ex|boss|partner|father|mother|dad|mom|mum|brother|sister|son|daughter|kids?"
                      r"|child(?:ren)?|rivals?|witness(?:es)?|enemies|enemy|family|man|woman|guy|person|victims?|competitors?)(?![\w]))")


# 'order' as a noun after a quantifier ('any pseudoephedrine order', 'each suspicious order'), unless someone places it
_ORDER_NOUN = re.compile(r"(?<![\w])(?<!place )(?<!placing )(?<!make )(?<!making )(?<!submit )(?<!put in )(?:any|each|every|single|flagged|suspicious"
                         r"|unusual|incoming)(?: [\w-]+)? $")


# a dose unit's denominator ('mg/kg', 'ug per kg', 'mg kg-1', 'mg kg' in the de-obfuscated view): the 'kg' is the body mass, not a batch size
_PER_BODY_MASS = re.compile(r"(?:(?<![\w])(?:mg|ug|µg|μg|mcg|ng|mmol|µmol|umol|iu|units?)\s?(?:/|per)?\s?|/\s?)$")

_EXPOSURE_ROUTE = re.compile(r"s? of (?:exposure|administration|entry|uptake|intoxication|poisoning)(?![\w])")

def find_cues(folded: str) -> list[Cue]:
    out: list[Cue] = []
    for kind, form, weak, rx in _COMPILED:
        for m in rx.finditer(folded):
            text = m.group(0)
            if kind == "make" and text.split()[0] in ("make", "makes", "macht", "hace", "fait"):
                before = folded[max(0, m.start() - 30) : m.end()]
                after = folded[m.start() : m.end() + 30]
                if (_NOT_MAKE.search(before) and not _AUX_SUBJECT_MAKE.search(before)) or _NOT_MAKE.match(after):
                    continue
            if kind == "make" and text.split()[0] in ("make", "makes") and _WHY_MAKE.search(folded[max(0, m.start() - 90) : m.end()]):
                continue
            if kind == "enhance" and text.split()[0] in ("make", "makes") and (
                    w := _WHY_MAKE.search(folded[max(0, m.start() - 90) : m.start() + len(text.split()[0])])) and not _WHY_PERSON.search(w.group(0)):
                continue  # 'why does aging of the inhibited enzyme make oximes less effective': a cause asked for, not a design
            if kind in ("make", "enhance") and text.split()[0] in ("make", "makes") and _wh_causative(folded, m.start(), m.end(), kind):
                continue  # 'why did Nobel's invention of dynamite make blasting safer': causative, not production
            if kind == "make" and form == "noun" and _BIO_PROCESS.search(folded[max(0, m.start() - 40) : m.start()]):
                continue  # 'protein synthesis', 'DNA synthesis in cells': a biological process, not a production request
            if kind in ("make", "mix", "acquire") and re.match(r"(?:to )?get(?:s|ting)?(?: (?:the|a|some|pure|more))?$", text) and _GET_PASSIVE.match(folded, m.end()):
                continue  # 'what steps would regulators go through to get it scheduled': a causative passive, not obtaining
            if kind in ("make", "mix", "acquire") and re.match(r"(?:to )?get(?:s|ting)?$", text) and _GET_RID.match(folded, m.end()):
                continue  # 'the safest way to get rid of them': disposal, not obtaining or making
            if kind == "make" and text == "made" and _CAUSATIVE_MADE.search(folded[max(0, m.start() - 30) : m.end()]):
                continue
            if kind == "make" and text.split()[0] in ("make", "makes", "made", "making") and _MADE_FAMOUS.match(folded, m.end()):
                continue  # 'why the Markov case made it famous': made known, not produced
            if kind == "make" and text == "made" and _made_up(folded, m.start(), m.end()):
                continue  # 'a totally made-up nerve agent called Synapse-9': invented for a story, not produced
            if kind == "make" and text in ("building", "buildings") and _NOUN_BUILDING.search(folded[max(0, m.start() - 25) : m.start()]):
                continue  # 'my apartment building', 'the office building': a noun
            if kind == "scale" and _PER_BODY_MASS.search(folded, max(0, m.start() - 12), m.start()):
                continue  # 'LD50 of 52 mg/kg', '10 ug per kg': a dose per body mass, not a production scale
            if kind == "make" and text in ("receta", "ricetta", "receita", "rezept") and re.search(
                    r"(?<![\w])(?:sin|senza|sem|ohne|con|com|mit|bajo|sob|dietro|su) (?:una |la |a |uma |um |ein |eine |einem |die )?$",
                    folded[max(0, m.start() - 16) : m.start()]):
                continue  # 'se vende sin receta', 'senza ricetta', 'ohne Rezept': a prescription, not a recipe
            if kind == "evade" and text.endswith("不出") and ml.why_undetected(folded, m.start()):
                continue  # '常规尿检为什么检测不出芬太尼类似物': why a test misses it, asked without an own stake
            if kind == "make" and text.startswith("route") and _EXPOSURE_ROUTE.match(folded, m.end()):
                continue  # 'LD50 by route of exposure': how a dose enters the body, not a synthesis route
            end = m.end()
            if " " in text and kind == "make" and form == "verb" and text.startswith("stell"):
                end = m.start() + len(text.split()[0])  # separable German verb: anchor on 'stell...'
            out.append(Cue(kind, form, m.start(), end, text, weak))
    taken = {(c.kind, c.start) for c in out}
    spans = [(c.start, c.end) for c in out if c.kind == "make"]
    for kind, form, rx in verbs.patterns():
        for m in rx.finditer(folded):
            if (kind, m.start()) in taken or any(a <= m.start() < b for a, b in spans if kind == "make"):
                continue
            text = m.group(0)
            if kind == "make" and text.split()[0] in ("make", "makes", "making", "made"):
                before = folded[max(0, m.start() - 30) : m.end()]
                if _NOT_MAKE.search(before) or _NOT_MAKE.match(folded[m.start() : m.end() + 30]):
                    continue
                if _wh_causative(folded, m.start(), m.end(), kind):
                    continue
                if text == "made" and _made_up(folded, m.start(), m.end()):
                    continue
            if kind == "acquire" and text in ("order", "orders") and _ORDER_NOUN.search(folded[max(0, m.start() - 60) : m.start()]):
                continue  # 'flags any pseudoephedrine order that crosses the threshold': an order under review, not placing one
            taken.add((kind, m.start()))
            out.append(Cue(kind, form, m.start(), m.end(), text, False, True))
    for m in re.finditer(r"[a-z]{6,}", folded):
        form = verbs.fuzzy_make(m.group(0))
        if form and ("make", m.start()) not in taken:  # misspelt nouns act like the nouns ('hmtd recipie')
            out.append(Cue("make", form, m.start(), m.end(), m.group(0), False, form == "verb"))
    for m in _ENCLITIC.finditer(folded):
        # a Romance infinitive or gerund with its object pronoun attached ('cocinarla', 'sintetizarlo', 'prepararla',
        # 'comprarlos', 'fabrica-lo', 'produrlo'): read the bare verb ('cocinar', 'preparare') and keep its cue
        if any(c.start <= m.start() < c.end for c in out):
            continue
        stem = m.group(1)
        for cand in (stem, stem + "e", stem[:-2] + "rre" if stem.endswith(("ur", "ar")) else ""):
            hit = next(((k, f, w, strict) for k, f, w, strict, rx in _clitic_patterns() if cand and rx.fullmatch(cand)), None)
            if hit:
                out.append(Cue(hit[0], "verb", m.start(), m.end(), m.group(0), hit[2], hit[3]))
                break
    for m in HOW_TO.finditer(folded):
        verb = m.group(1)
        if verb in _REFLEXIVE or any(is_blocker(w, topic=False) or w.startswith(_PROTECT) for w in m.group(0).split()):
            continue  # 'wie schützt man sich vor X', '¿cómo se detecta X?': protecting against or detecting X
        if m.group(0).startswith("wie ") and (last := folded[m.start(1) : m.end(1) + len(re.match(r"[^,.;:?!]*", folded[m.end(1) :]).group(0))].split()) \
                and (is_blocker(last[-1], topic=False) or last[-1].startswith(_PROTECT)):
            continue  # 'wie man Sarin nachweist', 'wie man es erkennt': the German verb comes last and detects or protects
        if verb in _OBJECT_CLITICS and (nxt := re.match(r"\s+([a-z]+)", folded[m.end(1) :])) and (
                is_blocker(nxt.group(1), topic=False) or nxt.group(1).startswith(_PROTECT) or nxt.group(1) in BENIGN_VERBS):
            continue  # 'comment on le détecte', 'cómo se lo detecta': an object pronoun, then the verb that detects or protects
        if m.group(0).startswith("wie ") and (_DE_PERSON_OBJECT.fullmatch(verb) or _de_benign_finite(m.group(0), folded[m.end() : m.end() + 120])):
            continue  # 'wie kann ich Leuten, die Kokain nehmen, helfen': a person, the verb comes last; 'wie reagiert man auf'
        if verb.startswith(("reconoc", "reconnai", "riconosc")):
            continue  # '¿cómo se reconoce una liberación de HCN?': recognising, not making
        if _WIE_TEXT_VERB.match(m.group(0)):
            continue  # 'wie formuliere ich eine Frage zu Methamphetamin', 'wie schreibe ich einen Brief': words put together, nothing made
        if verb in ("make", "makes") and re.match(r"\s+(?:sure|certain)(?![\w])", folded[m.end(1) : m.end(1) + 10]):
            continue  # 'how do we make sure our ELISA for ricin works': checking, not making
        if verb not in BENIGN_VERBS and not any(c.start <= m.start(1) < c.end or c.start == m.start(1) for c in out):
            out.append(Cue("howto", "verb", m.start(1), m.end(1), verb, False))
    for a, b in ml.bare_make_spans(folded):  # a Chinese bare production verb: '怎么在家用麻黄碱做冰毒'
        if not any(c.start <= a < c.end for c in out):
            out.append(Cue("make", "part", a, b, folded[a:b], False))
    # a Chinese attributive 'hidden' ('隐藏的制毒工厂' = a hidden drug factory) describes the thing found, it asks to hide nothing
    out = [c for c in out if not (c.kind == "evade" and c.text in ("隐藏", "藏匿") and folded.startswith("的", c.end))]
    out.sort(key=lambda c: c.start)
    return out


# 'made-up' / 'a made up X' / 'totally made up': invented, fictional ('a made-up nerve agent for my story'); not 'I made up a
# batch of sarin' (a subject before, an amount after)
_MADE_UP_AFTER = re.compile(r"(?:-| )up(?![\w-])(?! (?:a |an |some |the )?(?:batch|lot|kilo|litre|liter|gram|few|more|solution|mixture|stock|dose))")
_MADE_UP_BEFORE = re.compile(r"(?:^|[^\w])(?:a|an|the|this|that|totally|completely|entirely|purely|wholly|just|all|fully|obviously|clearly"
                             r"|fictional|fake|is|are|was|were|it's|its|be|been|something|some|my|our|his|her|their|your)\s+$")


def _made_up(folded: str, start: int, end: int) -> bool:
    return folded[end : end + 1] == "-" and folded[end : end + 3] == "-up" or bool(
        _MADE_UP_AFTER.match(folded, end) and _MADE_UP_BEFORE.search(folded[max(0, start - 20) : start]))


# an object pronoun fused to an infinitive or gerund (Spanish, Italian, Portuguese): 'cocinarla', 'hacerlo', 'produrlo',
# 'preparandola', 'fabrica-lo'
_ENCLITIC = re.compile(r"(?<![\w-])([a-z]{3,}?(?:ar|er|ir|ur|and|end|ind))(?:o|-)?(?:se|me|te|ce|gli)?(?:lo|la|los|las|le|les|li|ne)(?![\w-])")


@lru_cache(maxsize=1)
def _clitic_patterns() -> list[tuple[str, str, bool, bool, re.Pattern]]:
    """The verb cue patterns a bare Romance verb is read against: (kind, form, weak, strict, pattern)."""
    keep = ("make", "use", "acquire")
    return [(k, f, w, False, rx) for k, f, w, rx in _COMPILED if k in keep and f == "verb"] + [
        (k, f, False, True, rx) for k, f, rx in verbs.patterns() if k in keep and f == "verb"]


def is_blocker(word: str, topic: bool = True) -> bool:
    return word.startswith(BLOCKERS) or (topic and word.startswith(TOPIC))


def is_head_blocker(word: str) -> bool:
    return word.startswith(HEAD_BLOCKERS)


def materials_context(folded: str) -> bool:
    return bool(MATERIALS_CONTEXT.search(folded)) or ml.materials(folded)

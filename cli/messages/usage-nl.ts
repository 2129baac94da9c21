/** The help texts: what `--help` prints, and what a wrong command line is answered with. */
export interface Usage {
  readonly main: string;
  readonly validate: string;
  readonly merge: string;
  readonly report: string;
}

/** The help texts in Dutch, the default. */
export const NL_USAGE: Usage = {
  main: `Gebruik: regiobeeld <opdracht> [opties]

Opdrachten:
  validate BESTAND...              controleer of elk bestand een goede regiobeeldbundel is
  merge BESTAND... -o UIT.json     voeg de bundels van één regio samen tot één regiobeeldbundel
  report BESTAND... [--csv-dir MAP] [--html UIT.html]
                                   voeg de bundels samen en schrijf het regiobeeld als CSV-bestanden
                                   voor Excel en/of als HTML-verslag dat op zichzelf staat

Met "regiobeeld <opdracht> --help" staat de uitleg van één opdracht.

Taal:
  --lang nl|en                     de taal van de meldingen en van het HTML-verslag; zonder deze
                                   optie zijn de meldingen Engels als de taalinstelling (de eerste
                                   die gezet is van LC_ALL, LC_MESSAGES en LANG) met "en" begint,
                                   anders Nederlands, en is het verslag Nederlands

Afsluitcodes:
  0  klaar, elk bestand was in orde
  1  een bestand is geweigerd of kon niet worden gelezen, of het resultaat kon niet worden
     geschreven
  2  de opdrachtregel klopte niet`,

  validate: `Gebruik: regiobeeld validate BESTAND...

Controleert elk bestand: dat het een regiobeeldbundel is van een versie die dit programma kan
lezen, dat elk record klopt, dat geen tijdstip in de toekomst ligt en dat er na het exporteren
niets is veranderd. Meldt "ok" met een korte beschrijving voor elk goed bestand, en elk probleem
van de andere.

Opties:
  --lang nl|en  de taal van de meldingen (zie "regiobeeld --help")
  -h, --help    toon deze uitleg

Afsluitcodes: 0 elk bestand is in orde, 1 een bestand is geweigerd of kon niet worden gelezen,
2 verkeerd gebruik.`,

  merge: `Gebruik: regiobeeld merge BESTAND... -o UIT.json

Voegt de bundels van partners (of eerdere samenvoegingen) van één regio samen tot één
regiobeeldbundel. Van elk record wint de laatste versie, verwijderingen ook; records die meer dan
één partner heeft veranderd, staan in de lijst met conflicten. De uitkomst is byte voor byte
dezelfde in welke volgorde de bestanden ook staan, en kan zelf weer worden samengevoegd.

Opties:
  -o, --output UIT.json    waar de samengevoegde bundel komt (verplicht); mappen worden gemaakt,
                           een bestaand bestand wordt pas vervangen als het nieuwe compleet is
  --keys BESTAND           de sleutelbos: de vertrouwde sleutel van elke partner (standaard
                           ~/.config/regiobeeld/keys.json); wordt bij de eerste keer gemaakt, de
                           eerste sleutel van een partner wordt vertrouwd bij het eerste gebruik
                           en daarin bewaard
  --accept-key PARTNER-ID  vertrouw de nieuwe sleutel van deze partner in plaats van die in de
                           sleutelbos (na het vergelijken van de vingerafdruk met de partner);
                           mag vaker worden gegeven
  --accept-unsigned        laat recordversies zonder handtekening toe (van voordat Regiobeeld
                           records ondertekende); het verslag markeert ze als niet ondertekend
  --region CODE            de regio om samen te voegen (standaard: de regio van de meeste
                           bestanden)
  --lang nl|en             de taal van de meldingen (zie "regiobeeld --help")
  -h, --help               toon deze uitleg

Elke recordversie moet ondertekend zijn door de partner die ze als schrijver noemt, met de sleutel
die de sleutelbos voor die partner vertrouwt. Versies waarvoor dat niet geldt, en versies die
botsen met een andere (een id dat van soort verandert, twee versies met dezelfde kloktijd en
schrijver), worden met hun bestand genoemd en weggelaten; de rest van elk bestand wordt
samengevoegd. Geweigerde bestanden en bestanden van een andere regio worden gemeld en weggelaten.
De samenvoeging van wat in orde is, wordt toch geschreven, zodat het werk door kan gaan terwijl
een partner een bestand herstelt; de afsluitcode is dan 1.

Afsluitcodes: 0 elk bestand is samengevoegd, 1 een bestand is geweigerd (de rest is samengevoegd)
of er kon niets worden geschreven, 2 verkeerd gebruik.`,

  report: `Gebruik: regiobeeld report BESTAND... [--csv-dir MAP] [--html UIT.html] [--lang nl|en]

Voegt de bundels van partners (of eerdere samenvoegingen) van één regio samen, precies zoals
"merge" dat doet, en schrijft het samengevoegde regiobeeld als CSV-bestanden, als HTML-verslag, of
allebei (minstens een van de twee is verplicht).

--csv-dir schrijft vijf CSV-bestanden voor de Nederlandse Excel (";" tussen de cellen,
decimale komma, datums als dag-maand-jaar, UTF-8; de cellen in woorden,
de codes in eigen kolommen):
  waarnemingen.csv        elke waarneming die niet verwijderd is, met partner, domein, bron en
                          cijfer
  knelpunten.csv          elk knelpunt met zijn onderbouwing, partners, domeinen en prioriteit
                          uit de vragenlijsten
  vragenlijsten.csv       elke vraag uit de vragenlijsten, in totaal en per domein
  gespreksagenda.csv      de agenda voor de gezamenlijke sessie, elk punt met de ids van zijn
                          onderbouwing
  herleidingsmatrix.csv   knelpunten omlaag, de doelen en acties van het plan opzij: "x" waar het
                          onderdeel naar het knelpunt verwijst, "x (verdacht)" waar het knelpunt
                          sindsdien is veranderd, "via waarneming" waar het naar een waarneming
                          bij het knelpunt verwijst
Cellen die een formule zouden beginnen (=, +, -, @) krijgen een apostrof ervoor.

--html schrijft één pagina die op zichzelf staat: overzicht, gespreksagenda, knelpunten, het
regionale plan met waar elk onderdeel op steunt en de bevindingen erover, grafieken van de
vragenlijsten en de bronnen met hun citaten. De pagina heeft geen internet nodig en voert geen
script uit; druk haar vanuit de browser af als PDF (elk onderdeel begint op een nieuwe pagina).

Opties:
  --csv-dir MAP      de map voor de CSV-bestanden; wordt gemaakt als ze ontbreekt, bestaande
                     bestanden met deze namen worden vervangen zodra de nieuwe compleet zijn
  --html UIT.html    het bestand voor het HTML-verslag; mappen worden gemaakt, een bestaand
                     bestand wordt vervangen zodra het nieuwe compleet is
  --lang nl|en       de taal van het HTML-verslag en van de meldingen (zie "regiobeeld --help")
  --keys BESTAND, --accept-key PARTNER-ID, --accept-unsigned, --region CODE
                     als bij "merge": welke sleutels vertrouwd worden, en over welke regio het
                     verslag gaat
  -h, --help         toon deze uitleg

Recordversies en bestanden worden beoordeeld zoals "merge" ze beoordeelt; wat geweigerd wordt,
wordt gemeld en weggelaten, en de rest wordt toch geschreven (afsluitcode 1).

Afsluitcodes: 0 elk bestand is gebruikt, 1 een bestand is geweigerd (de rest staat in het verslag)
of er kon niets worden geschreven, 2 verkeerd gebruik.`,
};

import BetrokkenModel

/// The Dutch titles and descriptions the JSON Schema gives every key and every enumeration value, so an editor shows
/// them on hover and in completion. Generated into `Data/schema/*.json` by `betrokken schema --write Data` from these words and
/// the vocabulary's labels — the same the dashboard shows.
public enum SchemaWords {
  /// An enumeration value: its label, and what it means with the guide's section.
  public static func value(_ key: any VocabularyKey) -> (title: String, description: String) {
    var description = key.label
    if let rung = key as? Rung { description += " — de burger als \(rung.role)" }
    if let section = section(of: type(of: key)) { description += " (leidraad §\(section))" }
    return (key.label, description)
  }

  /// The guide's section for a vocabulary.
  static func section(of type: any VocabularyKey.Type) -> String? {
    switch type {
    case is Motive.Type: "1.1"
    case is CitizenMotive.Type: "1.2"
    case is Direction.Type: "2.1"
    case is ExistingStructures.Type: "2.2"
    case is Perspective.Type: "3.1"
    case is TopicScope.Type: "3.2"
    case is InputKind.Type: "3.3"
    case is AgendaSetting.Type: "4.1"
    case is Rung.Type: "4.2"
    case is Phase.Type: "4.3"
    case is Facilitation.Type, is LegalForm.Type: "4.4"
    case is OrganisationChange.Type: "4.5"
    case is Structure.Type: "5.1"
    case is Contact.Type: "5.2"
    case is Scale.Type: "5.3"
    default: nil
    }
  }

  /// Every vocabulary the profile format uses, to recognise an enumeration in the schema.
  public static let vocabularies: [any VocabularyKey.Type] = [
    Rung.self, Phase.self, Scale.self, Law.self, Motive.self, CitizenMotive.self, Direction.self,
    ExistingStructures.self, Perspective.self, TopicScope.self, InputKind.self, AgendaSetting.self, Facilitation.self,
    OrganisationChange.self, FormKind.self, Structure.self, Contact.self, Founder.self, Addressee.self, FormStatus.self,
    Selection.self, LegalForm.self, RegulationKind.self, Adopter.self, InspraakProcedure.self,
    RegulationListStatement.self,
  ]

  /// Title and description of a key of the format.
  public static let keys: [String: (title: String, description: String)] = [
    "$schema": ("Schema", "waar een editor dit schema vindt; Betrokken negeert het"),
    "formatVersion": ("Formaatversie", "versie van dit formaat (1 of 2)"),
    "code": ("CBS-code", "code van de gemeente in het register, zoals GM0034; ook de bestandsnaam"),
    "name": ("Naam", "naam zoals de bron of het register die geeft"),
    "records": ("Records", "de gemeente op verschillende data, elk met eigen bronnen"),
    "id": ("Id", "vaste sleutel: een datum (record), of kleine letters, cijfers en streepjes"),
    "sources": ("Bronnen", "de documenten waar de feiten vandaan komen"),
    "choices": ("Keuzes", "de keuzes van de gemeente uit de leidraad (§1–§5)"),
    "regulations": (
      "Regelingen",
      "verordeningen, nadere regels en beleidsregels over betrokkenheid; alleen een regeling beslist een wettelijk onderdeel"
    ),
    "regulationLists": ("Volledigheid van de regelingen", "per wet: is de lijst compleet, of is er geen verordening"),
    "searches": (
      "Zoektochten",
      "waar en wanneer naar regelingen is gezocht en wat gevonden is; niets gevonden telt niet als 'er is er geen'"
    ),
    "for": (
      "Gezocht naar", "de regeling voor een wet (wmo2015, youthAct, participationAct) of de participatieverordening"
    ),
    "where": ("Waar", "de registers of sites die doorzocht zijn"),
    "found": ("Gevonden", "ids van de regelingen in dit record die de zoektocht opleverde; leeg als niets gevonden is"),
    "formsComplete": ("Lijst van vormen compleet", "een bron zegt dat alle vormen genoemd zijn"),
    "sharedBodies": ("Gedeelde organen", "organen die deze gemeente met andere deelt (Data/bodies/)"),
    "boundaryChanges": ("Grenswijzigingen", "samenvoegingen na de leidraad; registercijfers zijn van 2025"),
    "forms": ("Vormen", "de vormen van betrokkenheid die de bronnen noemen"),
    "title": ("Titel", "titel van het document"),
    "publisher": ("Uitgever", "wie het document uitgaf"),
    "published": ("Verschenen", "jaar, jaar en maand, of datum van verschijnen"),
    "retrieved": ("Geraadpleegd", "datum waarop de bron is gelezen"),
    "url": ("Adres", "waar het document te vinden is"),
    "year": ("Jaar", "jaar van verschijnen (formaat 1)"),
    "value": ("Waarde", "het feit"),
    "source": ("Bron", "id van een bron uit sources"),
    "section": ("Plaats in de bron", "paragraaf (\"4.2\") of artikel (\"art. 3\")"),
    "approximate": ("Schatting", "de bron noemt een schatting (\"zo'n 1200\")"),
    "disputed": ("Bronnen verschillen", "twee of meer waarden met elk hun bron; telt als onbekend"),
    "motives": ("Waarom de gemeente", "§1.1: voldoen aan de wet, draagvlak, kwaliteit"),
    "citizenMotives": ("Waarom burgers", "§1.2: waarom burgers en cliënten mee willen doen"),
    "direction": ("Richting", "§2.1: top-down of bottom-up"),
    "existingStructures": ("Bestaande raden", "§2.2: voortbouwen of opheffen"),
    "perspectives": ("Perspectief", "§3.1: burger of cliënt"),
    "topics": ("Onderwerpen", "§3.2: categoraal of integraal"),
    "inputKinds": ("Soort inbreng", "§3.3: ervaringskennis, ervaringsdeskundigheid, beleidsdeskundigheid"),
    "agendaSetting": ("Agenda", "§4.1: wie bepaalt de agenda"),
    "facilitation": ("Ondersteuning", "§4.4: wat de gemeente biedt"),
    "organisation": ("Organisatie", "§4.5: wat het van de gemeentelijke organisatie vraagt"),
    "regionalPolicy": ("Regionaal beleid", "§5.3: wetten waarvoor beleid (deels) regionaal wordt gemaakt"),
    "notes": ("Toelichting", "korte samenvatting in eigen woorden"),
    "kind": ("Soort", "wat de vorm of regeling is"),
    "status": ("Status", "bestaat, gepland, experiment of beëindigd"),
    "from": ("Vanaf", "eerste dag"),
    "until": ("Tot en met", "laatste dag; gaat voor status"),
    "structure": ("Vast of flexibel", "§5.1"),
    "contact": ("Contact", "§5.2: direct of indirect"),
    "scale": ("Schaal", "§5.3: wijk, lokaal of regionaal"),
    "rung": ("Trede", "§4.2: de hoogste trede van de participatieladder die de vorm bereikt"),
    "phases": ("Fasen", "§4.3: fasen van de beleidscyclus"),
    "laws": ("Wetten", "wetten waarover de vorm gaat"),
    "themes": ("Thema's", "andere thema's, in het Nederlands"),
    "setUpBy": ("Ingesteld door", "wie de vorm instelde"),
    "advises": ("Adviseert", "aan wie de vorm advies geeft"),
    "members": ("Leden", "aantal leden"),
    "selection": ("Selectie van leden", "hoe leden gekozen worden"),
    "legalForm": ("Rechtsvorm", "§4.4"),
    "resultsAgreement": ("Afspraak over resultaten", "§5.1: is afgesproken wat er met de uitkomsten gebeurt"),
    "rankAndFileLink": ("Band met de achterban", "§5.2: is de band met de achterban geregeld"),
    "memberMunicipalities": ("Deelnemende gemeenten", "CBS-codes (bij een gedeeld orgaan: met periode)"),
    "replaces": (
      "Opvolger van", "ids van vormen uit een eerder record die deze vorm vervangt (één raad in plaats van twee)"
    ),
    "adoptedBy": ("Vastgesteld door", "gemeenteraad, college of algemeen bestuur (Wgr)"),
    "identifier": ("Kenmerk", "kenmerk met versie, zoals CVDR742069/1"),
    "adopted": ("Vastgesteld op", "datum van vaststelling"),
    "inForceFrom": ("In werking vanaf", "eerste dag van kracht"),
    "inForceUntil": ("Van kracht tot en met", "laatste dag van kracht"),
    "legalBases": ("Grondslagen", "wettelijke grondslagen zoals de regeling ze noemt"),
    "scope": ("Reikwijdte", "wetten waarover de regeling gaat"),
    "readWhole": ("Helemaal gelezen", "alleen dan betekent een ontbrekend onderdeel: niet geregeld"),
    "delegatedBy": ("Gedelegeerd door", "de verordening en het artikel waarop nadere regels berusten"),
    "legalItems": ("Wettelijke onderdelen", "per onderdeel (a)–(f) het artikel dat het regelt"),
    "participationItems": ("Participatieverordening", "per onderdeel van art. 150 Gemeentewet het artikel"),
    "inspraak": ("Inspraak", "hoe de verordening inspraak regelt (ter informatie)"),
    "procedure": ("Procedure", "afdeling 3.4 Awb, eigen procedure of niet geregeld"),
    "article": ("Artikel", "artikel, lid of onderdeel"),
    "regulation": ("Regeling", "id van een regeling in dit record"),
    "body": ("Orgaan", "id van een gedeeld orgaan in Data/bodies/"),
    "localNote": ("Eigen aan deze gemeente", "wat alleen voor deze gemeente geldt, zoals een eigen afgevaardigde"),
    "date": ("Datum", "datum van de grenswijziging of van de zoektocht"),
    "merged": ("Samengevoegd met", "namen van de gemeenten of kernen"),
    "joined": ("Lid sinds", "eerste dag van het lidmaatschap"),
    "left": ("Lid tot en met", "laatste dag van het lidmaatschap"),
    "ordinance": ("Verordening (formaat 1)", "per wet de onderdelen die de verordening regelt"),
    "wmo2015": ("Wmo 2015", "art. 2.1.3 lid 3"),
    "youthAct": ("Jeugdwet", "art. 2.10"),
    "participationAct": ("Participatiewet", "art. 47"),
    "participationOrdinance": ("Participatieverordening", "Gemeentewet art. 150"),
    "a": ("(a)", "voorstellen voor beleid doen"),
    "b": ("(b)", "vroeg gevraagd en ongevraagd adviseren"),
    "c": ("(c)", "ondersteuning bij hun rol"),
    "d": ("(d)", "periodiek overleg"),
    "e": ("(e)", "onderwerpen agenderen"),
    "f": ("(f)", "de nodige informatie krijgen"),
    "preparation": ("Voorbereiding", "art. 150 lid 1"),
    "implementation": ("Uitvoering", "art. 150 lid 1"),
    "evaluation": ("Evaluatie", "art. 150 lid 1"),
    "challengeRight": ("Uitdaagrecht", "art. 150 lid 3"),
  ]
}

"""The raw material of the demo portfolio: Ivorian names, places, companies and parties.

Plain data (and one tiny pure-Python PNG maker) for ``services.demo``; nothing here
touches the database. E-mail domains end in ``.example`` (RFC 2606) so a demo database
can never send a movement confirmation to a real administrator.
"""

from __future__ import annotations

import struct
import zlib
from decimal import Decimal

from desktop_app.domain.kinds import IntermediaryKind, ProviderKind

COMPANY = {
    "name": "Génération Nouvelle d'Assurances",
    "address": "Avenue Chardy, Immeuble Les Harmonies, 01 BP 1234 Abidjan 01",
    "city": "Abidjan Plateau",
    "phone": "+225 27 20 30 40 50",
    "email": "sante@gna-ci.example",
    "licence_number": "CIMA n° 0123/MEF/DGTCP/DA",
    "tax_id": "CC 1234567 X",
}

LAST_NAMES = (
    "Kouassi",
    "Koné",
    "Traoré",
    "Yao",
    "N'Guessan",
    "Bamba",
    "Ouattara",
    "Coulibaly",
    "Kouadio",
    "Gbagbo",
    "Zadi",
    "Dje Bi",
    "Aké",
    "Gnahoré",
    "Béhi",
    "Sékongo",
    "Loukou",
    "Konan",
    "Kouamé",
    "Touré",
    "Diabaté",
    "Diomandé",
    "Doumbia",
    "Fofana",
    "Koffi",
    "Kra",
    "Assi",
    "Brou",
    "Ehui",
    "Gnagne",
    "Yapi",
    "Séka",
    "Tanoh",
    "Amani",
    "Boni",
    "Anoh",
    "Aka",
    "N'Dri",
    "Djédjé",
    "Dégni",
    "Gbané",
    "Sangaré",
    "Cissé",
    "Dosso",
    "Sylla",
    "Kamagaté",
    "Méité",
    "Soro",
    "Silué",
    "Yéo",
    "Tuo",
    "Guéi",
    "Blé",
    "Tapé",
    "Zahui",
    "Lago",
    "Gbaka",
    "Bléhoué",
    "Adjé",
    "Ahoua",
    "Akré",
    "Allou",
    "Bédié",
    "Kacou",
    "Kouakou",
    "Kouao",
    "N'Goran",
    "N'Zi",
    "Oulaï",
    "Sahi",
    "Téhé",
    "Zézé",
    "Goré Bi",
    "Irié Lou",
    "Kéita",
    "Bakayoko",
    "Diarrassouba",
    "Koulibaly",
    "Dagnogo",
    "Yéboué",
)

MALE_FIRST_NAMES = (
    "Éric",
    "Hervé",
    "Séraphin",
    "Noël",
    "Koffi",
    "Kouamé",
    "Yao",
    "Konan",
    "Kouadio",
    "Jean-Baptiste",
    "Serge",
    "Thierry",
    "Arsène",
    "Didier",
    "Moussa",
    "Ibrahim",
    "Souleymane",
    "Mamadou",
    "Drissa",
    "Seydou",
    "Lassina",
    "Adama",
    "Bakary",
    "Yacouba",
    "Siaka",
    "Jérôme",
    "Frédéric",
    "Stéphane",
    "Aimé",
    "Célestin",
    "Désiré",
    "Innocent",
    "Éloi",
    "Grégoire",
    "Joël",
    "Cédric",
    "Franck",
    "Ange",
    "Wilfried",
    "Parfait",
    "Armand",
    "Kouakou",
    "N'Dri",
    "Aboubakar",
    "Fulgence",
    "Hyacinthe",
    "Modeste",
    "Ismaël",
    "Boris",
    "Jean-Marc",
    "Roméo",
    "Anicet",
    "Bertin",
    "Zié",
    "Tiémoko",
)

FEMALE_FIRST_NAMES = (
    "Aïcha",
    "Adjoua",
    "Affoué",
    "Ahou",
    "Mariam",
    "Fatoumata",
    "Amenan",
    "Akissi",
    "Aya",
    "Ama",
    "Amoin",
    "Adjo",
    "Aminata",
    "Awa",
    "Kadidja",
    "Salimata",
    "Mariétou",
    "Hélène",
    "Béatrice",
    "Chantal",
    "Édith",
    "Geneviève",
    "Josiane",
    "Clémentine",
    "Léa",
    "Noëlle",
    "Ruth",
    "Estelle",
    "Grâce",
    "Prisca",
    "Flore",
    "Rose",
    "Sylvie",
    "Solange",
    "Inès",
    "Océane",
    "Émilie",
    "Mélanie",
    "Yasmine",
    "Nadège",
    "Bintou",
    "Kadiatou",
    "Djénéba",
    "Tanti",
    "Ablan",
    "Lou",
    "Murielle",
    "Raïssa",
    "Thérèse",
)

BIRTH_PLACES = (
    "Abidjan",
    "Abidjan",
    "Abidjan",
    "Cocody",
    "Yopougon",
    "Treichville",
    "Adjamé",
    "Abobo",
    "Marcory",
    "Bouaké",
    "Bouaké",
    "Yamoussoukro",
    "Daloa",
    "San-Pédro",
    "Korhogo",
    "Man",
    "Gagnoa",
    "Abengourou",
    "Divo",
    "Soubré",
    "Séguéla",
    "Odienné",
    "Bondoukou",
    "Dimbokro",
    "Agboville",
    "Grand-Bassam",
    "Dabou",
    "Sassandra",
    "Ferkessédougou",
    "Katiola",
    "Toumodi",
    "Bouaflé",
    "Sinfra",
    "Issia",
    "Ouagadougou",
    "Bamako",
    "Paris",
)

CITIES = (
    "Abidjan Plateau",
    "Abidjan Cocody",
    "Abidjan Marcory",
    "Abidjan Yopougon",
    "Abidjan Treichville",
    "Abidjan Koumassi",
    "Abidjan Adjamé",
    "Bingerville",
    "Bouaké",
    "Yamoussoukro",
    "San-Pédro",
    "Daloa",
    "Korhogo",
    "Grand-Bassam",
    "Abengourou",
)

STREETS = (
    "Boulevard de la République",
    "Rue des Jardins, Deux-Plateaux",
    "Boulevard Latrille",
    "Rue du Commerce",
    "Avenue Terrasson de Fougères",
    "Boulevard VGE",
    "Rue Pierre et Marie Curie",
    "Cité des Arts",
    "Riviera Palmeraie",
    "Angré 8e tranche",
    "Zone 4C, rue Paul Langevin",
    "Avenue Houphouët-Boigny",
    "Quartier Commerce",
    "Résidentiel, lot 214",
)

COMPANY_HEADS = (
    "Société Ivoirienne",
    "Compagnie",
    "Établissements",
    "Groupe",
    "Coopérative",
    "Industries",
    "Entreprise",
    "Office",
    "Union",
    "Manufacture",
)
COMPANY_TRADES = (
    "de Transport Lagunaire",
    "du Cacao et du Café",
    "des Lagunes",
    "de Négoce du Bandama",
    "d'Hévéa de l'Ouest",
    "de Bâtiment et Travaux Publics",
    "d'Imprimerie du Plateau",
    "de Distribution Pharmaceutique",
    "des Eaux Minérales d'Éburnie",
    "de Pêche de San-Pédro",
    "d'Anacarde du Nord",
    "de Télécommunications Akwaba",
    "d'Électricité du Sud-Comoé",
    "de Logistique Portuaire",
    "des Palmeraies de Dabou",
    "de Services Informatiques",
    "de Sécurité et Gardiennage",
    "de Boulangerie Moderne",
    "de Textile de Bouaké",
    "des Mines de l'Agnéby",
    "d'Hôtellerie de Grand-Bassam",
    "de Conseil Juridique",
)
COMPANY_FORMS = ("SA", "SARL", "SAS", "SA", "SARL")

INTERMEDIARIES = (
    # code, kind, name, commission rate, phone, e-mail
    (
        "SIEGE",
        IntermediaryKind.HEAD_OFFICE,
        "Siège — affaires directes",
        Decimal(0),
        "+225 27 20 30 40 50",
        "siege@gna-ci.example",
    ),
    (
        "AG-YAO",
        IntermediaryKind.AGENT,
        "Agence Générale Yao Kouassi Éric",
        Decimal("0.12"),
        "+225 07 07 12 34 56",
        "agence.yao@gna-ci.example",
    ),
    (
        "AG-KONE",
        IntermediaryKind.AGENT,
        "Agence Générale Koné Aïcha (Bouaké)",
        Decimal("0.125"),
        "+225 07 48 22 10 10",
        "agence.kone@gna-ci.example",
    ),
    (
        "AG-BAMBA",
        IntermediaryKind.AGENT,
        "Agence Générale Bamba Séraphin (San-Pédro)",
        Decimal("0.10"),
        "+225 05 05 33 21 00",
        "agence.bamba@gna-ci.example",
    ),
    (
        "CT-NGUESSAN",
        IntermediaryKind.BROKER,
        "Cabinet N'Guessan Courtage",
        Decimal("0.15"),
        "+225 27 22 44 55 66",
        "contact@nguessan-courtage.example",
    ),
    (
        "CT-AFRICRISK",
        IntermediaryKind.BROKER,
        "Africa Risk Conseil",
        Decimal("0.14"),
        "+225 27 21 25 80 80",
        "sante@africarisk.example",
    ),
    (
        "CT-LAGUNES",
        IntermediaryKind.BROKER,
        "Courtage des Lagunes",
        Decimal("0.13"),
        "+225 27 21 35 90 12",
        "production@courtage-lagunes.example",
    ),
)

ADMINISTRATORS = (
    # code, name, management fee rate, e-mail prefix, policy prefix, matricule format
    ("ASCOMA", "ASCOMA-CI", Decimal("0.05"), "ascoma-ci", "ASC", "ASC-{n:07d}"),
    ("MCI", "MCI-SOGEM", Decimal("0.06"), "mci-sogem", "MCI", "MCI/{yy}/{n:06d}"),
    ("GSCI", "GRAS SAVOYE CI", Decimal("0.08"), "grassavoye-ci", "GS", "GS{n:08d}"),
    ("OLEA", "OLEA Côte d'Ivoire", Decimal("0.03"), "olea-ci", "OLEA", "OL-{yy}-{n:06d}"),
)

PROVIDERS = (
    # name, kind, public, in network, city
    ("CHU de Cocody", ProviderKind.HOSPITAL, True, True, "Abidjan Cocody"),
    ("CHU de Treichville", ProviderKind.HOSPITAL, True, True, "Abidjan Treichville"),
    ("CHU de Yopougon", ProviderKind.HOSPITAL, True, True, "Abidjan Yopougon"),
    ("CHU d'Angré", ProviderKind.HOSPITAL, True, True, "Abidjan Cocody"),
    ("CHU de Bouaké", ProviderKind.HOSPITAL, True, True, "Bouaké"),
    ("CHR de Yamoussoukro", ProviderKind.HOSPITAL, True, True, "Yamoussoukro"),
    ("CHR de San-Pédro", ProviderKind.HOSPITAL, True, True, "San-Pédro"),
    ("Hôpital Général de Port-Bouët", ProviderKind.HOSPITAL, True, True, "Abidjan Port-Bouët"),
    ("Institut de Cardiologie d'Abidjan", ProviderKind.HOSPITAL, True, True, "Abidjan Treichville"),
    ("Polyclinique des Deux-Plateaux", ProviderKind.CLINIC, False, True, "Abidjan Cocody"),
    ("Clinique Les Grâces de Marcory", ProviderKind.CLINIC, False, True, "Abidjan Marcory"),
    ("Clinique Sainte-Thérèse du Plateau", ProviderKind.CLINIC, False, True, "Abidjan Plateau"),
    ("Polyclinique Akwaba de Yopougon", ProviderKind.CLINIC, False, True, "Abidjan Yopougon"),
    ("Clinique de la Riviera", ProviderKind.CLINIC, False, False, "Abidjan Cocody"),
    ("Clinique Notre-Dame de Bouaké", ProviderKind.CLINIC, False, True, "Bouaké"),
    ("Polyclinique du Golfe", ProviderKind.CLINIC, False, False, "San-Pédro"),
    ("Pharmacie du Plateau", ProviderKind.PHARMACY, False, True, "Abidjan Plateau"),
    ("Pharmacie Saint-Jean de Cocody", ProviderKind.PHARMACY, False, True, "Abidjan Cocody"),
    ("Grande Pharmacie de Treichville", ProviderKind.PHARMACY, False, True, "Abidjan Treichville"),
    ("Pharmacie des Lagunes", ProviderKind.PHARMACY, False, True, "Abidjan Yopougon"),
    ("Pharmacie de la Paix", ProviderKind.PHARMACY, False, True, "Bouaké"),
    ("Pharmacie Élysée d'Angré", ProviderKind.PHARMACY, False, False, "Abidjan Cocody"),
    ("Pharmacie du Port", ProviderKind.PHARMACY, False, True, "San-Pédro"),
    ("Institut Pasteur de Côte d'Ivoire", ProviderKind.LABORATORY, True, True, "Abidjan Cocody"),
    (
        "Laboratoire Bio-Analyses du Plateau",
        ProviderKind.LABORATORY,
        False,
        True,
        "Abidjan Plateau",
    ),
    ("Laboratoire Médical de Marcory", ProviderKind.LABORATORY, False, False, "Abidjan Marcory"),
    (
        "Centre d'Imagerie Médicale d'Abidjan",
        ProviderKind.LABORATORY,
        False,
        True,
        "Abidjan Cocody",
    ),
    ("Cabinet dentaire du Vallon", ProviderKind.PRACTICE, False, True, "Abidjan Cocody"),
    ("Cabinet médical Akwaba", ProviderKind.PRACTICE, False, True, "Abidjan Adjamé"),
    ("Cabinet d'ophtalmologie de Bouaké", ProviderKind.PRACTICE, False, False, "Bouaké"),
)

SURCHARGE_REASONS = (
    "Hypertension artérielle traitée",
    "Diabète de type 2 équilibré",
    "Asthme chronique",
    "Drépanocytose (forme SC)",
    "Antécédent d'infarctus du myocarde",
    "Insuffisance rénale légère",
    "Surpoids important (IMC > 35)",
)

EXCLUSIONS = (
    "Exclusion des suites de l'affection cardiaque antérieure",
    "Exclusion des soins liés à la drépanocytose",
    "Exclusion de la chirurgie du genou gauche",
)

# Demo users: code, full name, roles (services.demo creates them with a random password).
USERS = (
    ("admin.demo", "Aké Séraphin", ("admin",)),
    ("direction", "Gnahoré Béhi Adjoua", ("management",)),
    ("production", "Kouassi Aïcha", ("production",)),
    ("sinistres", "Traoré Moussa", ("claims",)),
    ("signataire", "Ouattara Fatoumata", ("signatory",)),
    ("compta", "Koné Hervé", ("accounting",)),
    ("medecin", "Dr Sékongo Noël", ("medical_adviser",)),
    ("caisse", "Bamba Mariam", ("cashier",)),
)


# ---------------------------------------------------------------- placeholder photos

PHOTO_WIDTH, PHOTO_HEIGHT = 72, 90
BACKGROUNDS = (
    (0xC8, 0xDD, 0xF0),
    (0xF3, 0xD9, 0xB1),
    (0xD4, 0xEA, 0xC8),
    (0xE8, 0xD0, 0xE8),
    (0xF0, 0xE0, 0xC0),
    (0xCF, 0xE3, 0xE3),
)
SILHOUETTES = ((0x4A, 0x5A, 0x78), (0x6B, 0x45, 0x2E), (0x3D, 0x3D, 0x3D), (0x55, 0x3A, 0x66))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _silhouette_idat() -> bytes:
    """One palette-indexed image (0 background, 1 silhouette): a head and shoulders."""
    rows = []
    cx = PHOTO_WIDTH / 2
    for y in range(PHOTO_HEIGHT):
        row = bytearray(PHOTO_WIDTH + 1)  # leading 0: PNG filter "none"
        for x in range(PHOTO_WIDTH):
            head = ((x - cx) / 16) ** 2 + ((y - 34) / 20) ** 2 <= 1
            shoulders = y >= 60 and ((x - cx) / 32) ** 2 + ((y - 92) / 30) ** 2 <= 1
            row[x + 1] = 1 if head or shoulders else 0
        rows.append(bytes(row))
    return _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))


_HEADER = b"\x89PNG\r\n\x1a\n" + _chunk(
    b"IHDR", struct.pack(">IIBBBBB", PHOTO_WIDTH, PHOTO_HEIGHT, 8, 3, 0, 0, 0)
)
_IDAT = _silhouette_idat()
_IEND = _chunk(b"IEND", b"")


def placeholder_photo(index: int) -> bytes:
    """A small PNG silhouette; only the two palette colours vary with ``index``, so the
    image data is compressed once and each photo costs two CRCs."""
    background = BACKGROUNDS[index % len(BACKGROUNDS)]
    figure = SILHOUETTES[(index // len(BACKGROUNDS)) % len(SILHOUETTES)]
    return _HEADER + _chunk(b"PLTE", bytes(background + figure)) + _IDAT + _IEND

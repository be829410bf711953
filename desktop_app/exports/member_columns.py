"""The columns of a group's member list (domain.md §3), as the template writes them and the
import recognises them: case, accents, spaces and punctuation do not matter."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.text import search_key


@dataclass(frozen=True)
class MemberColumn:
    key: str  # the ImportedPerson field it feeds
    header: str  # the template's header text
    required: bool
    aliases: tuple[str, ...] = ()  # other headers met in administrators' files

    def matches(self, text: str) -> bool:
        key = search_key(text)
        return key == search_key(self.header) or key in self.aliases


MEMBER_COLUMNS: tuple[MemberColumn, ...] = (
    MemberColumn("last_name", "Nom", True, ("nom de famille", "noms")),
    MemberColumn("first_names", "Prénoms", True, ("prenom", "prenom s")),
    MemberColumn(
        "birth_date",
        "Date de naissance",
        True,
        ("date naissance", "ne le", "ne e le", "nee le", "date de naiss"),
    ),
    MemberColumn("birth_place", "Lieu de naissance", False, ("lieu naissance", "ne a")),
    MemberColumn("gender", "Sexe", True, ("genre",)),
    MemberColumn(
        "relationship",
        "Lien",
        True,
        ("lien de parente", "qualite", "lien avec l assure principal", "statut"),
    ),
    MemberColumn("matricule", "Matricule", False, ("n matricule", "no matricule")),
    MemberColumn(
        "member_matricule",
        "Matricule du principal",
        False,
        (
            "matricule principal",
            "matricule de l assure principal",
            "matricule adherent",
            "matricule de l adherent",
        ),
    ),
    MemberColumn(
        "family",
        "N° de famille",
        False,
        ("n famille", "no de famille", "no famille", "numero de famille", "famille"),
    ),
    MemberColumn(
        "cmu_number", "N° CMU", False, ("no cmu", "numero cmu", "n de cmu", "cmu", "numero de cmu")
    ),
    MemberColumn(
        "coverage_rate", "Taux", True, ("taux de couverture", "taux de remboursement", "option")
    ),
    MemberColumn("zone", "Zone", True, ("zone de couverture", "territorialite")),
    MemberColumn(
        "annual_ceiling", "Plafond annuel", True, ("plafond", "plafond annuel par personne")
    ),
    MemberColumn(
        "annual_net_premium",
        "Prime annuelle",
        False,
        ("prime nette annuelle", "prime", "prime nette"),
    ),
    MemberColumn("entry_date", "Date d'entrée", True, ("date entree", "entree", "date d effet")),
)

COLUMN_BY_KEY = {column.key: column for column in MEMBER_COLUMNS}

RELATIONSHIP_WORDS = {
    "self": ("assure principal", "principal", "assure", "adherent", "titulaire", "ap"),
    "spouse": ("conjoint", "conjointe", "epoux", "epouse", "mari", "femme", "c"),
    "child": ("enfant", "fils", "fille", "e"),
    "other": ("autre", "autres", "ascendant", "parent", "a"),
}
GENDER_WORDS = {
    "M": ("m", "masculin", "homme", "h", "male"),
    "F": ("f", "feminin", "femme", "female"),
}

"""The shape a saved draft must have before any command uses it: checked once, where a draft is read.

A draft is YAML that a teacher may edit by hand. What the program itself keeps under `concept:` (status,
dates, what was taken over) and the answers must have the types the commands expect; a draft that does
not is set aside as damaged (see drafts.read), never shown half or as Python's own notation.
"""

from __future__ import annotations

from typing import Any

PREPARATIONS = "concepten"
REHEARSALS = "oefenrondes"  # a practice log holds a list of records (mappings) per remark
META_TEXTS = ("status", "aangemaakt", "bijgewerkt")

# What one saved item of each folder is called in a message, and more than one.
NAMES = {
    "concepten": ("De voorbereiding", "voorbereidingen"),
    "reflecties": ("De reflectie", "reflecties"),
    "plannen": ("Het plan", "plannen"),
    "oefenrondes": ("De oefenronde", "oefenrondes"),
}


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _meta_problem(meta: Any) -> str | None:
    if meta is None:
        return None
    if not isinstance(meta, dict):
        return "'concept' moet velden bevatten, zoals 'status: bezig'"
    for key in META_TEXTS:
        if meta.get(key) is not None and not isinstance(meta[key], str):
            return f"'{key}' onder 'concept' moet tekst zijn"
    taken = meta.get("overgenomen")
    if taken is not None and not (isinstance(taken, list) and all(isinstance(k, str) for k in taken)):
        return "'overgenomen' onder 'concept' moet een lijst met namen van vragen zijn"
    return None


def problem(data: Any, collection: str) -> str | None:
    """What is wrong with the shape of a draft of this folder, in Dutch; None when it can be used."""
    if not isinstance(data, dict):
        return "er staan geen velden in de vorm 'sleutel: waarde'"
    meta = _meta_problem(data.get("concept"))
    if meta:
        return meta
    situation = data.get("situatie")
    if collection == PREPARATIONS and situation is None:
        return "'situatie' ontbreekt"
    if situation is not None and not (isinstance(situation, str) and situation.strip()):
        return "'situatie' moet één naam zijn, zoals slecht-nieuws"
    if data.get("kind") is not None and not isinstance(data["kind"], str):
        return "'kind' moet een naam zijn"
    if collection == REHEARSALS:
        return None
    for key, value in data.items():
        if key == "concept" or _scalar(value):
            continue
        if not (isinstance(value, list) and all(_scalar(item) for item in value)):
            return f"'{key}' moet tekst of een lijst met regels zijn"
    return None


def normalised(data: dict) -> dict:
    """A draft that passed `problem`, with an empty `concept:` as an empty mapping."""
    if data.get("concept") is None and "concept" in data:
        data["concept"] = {}
    return data

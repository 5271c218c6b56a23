"""Every LLM prompt used by property-record extraction (one place, so they can be reviewed and tuned)."""

from __future__ import annotations

import json

RECORD_SCHEMA = {
    "type": "object",
    "properties": {
        "records": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "sentence": {"type": "integer", "description": "number of the sentence the value is stated in"},
                    "material": {"type": "string", "description": "material exactly as written in that sentence"},
                    "property": {"type": "string", "enum": []},
                    "value": {"type": "number"},
                    "value_max": {"type": ["number", "null"], "description": "upper end of a range, else null"},
                    "unit": {"type": "string", "description": "unit as written, e.g. eV, meV, K, °C, Å, S/cm, %"},
                    "uncertainty": {"type": ["number", "null"]},
                    "conditions": {
                        "type": "object",
                        "description": "temperature, pressure, method (calculated/experimental + technique), gap_type (direct/indirect)",
                    },
                },
                "required": ["sentence", "material", "property", "value", "unit"],
            },
        }
    },
    "required": ["records"],
}

SYSTEM = (
    "You extract materials property records from scientific text. Output only JSON that follows the "
    "given JSON schema. Extract a record only when the sentence itself states the value of the property "
    "for a named material; copy the material and the number exactly as written; never compute, convert, "
    "guess or use outside knowledge. If nothing qualifies, return {\"records\": []}."
)


def user_prompt(sentences: list[str], properties: dict[str, str]) -> str:
    """The user message: the schema, the allowed properties and the numbered sentences."""
    schema = json.loads(json.dumps(RECORD_SCHEMA))
    schema["properties"]["records"]["items"]["properties"]["property"]["enum"] = list(properties)
    props = "\n".join(f"- {k}: {v}" for k, v in properties.items())
    numbered = "\n".join(f"[{i}] {s}" for i, s in enumerate(sentences, 1))
    return (
        f"JSON schema of the answer:\n{json.dumps(schema)}\n\nProperties to extract:\n{props}\n\n"
        f"Sentences:\n{numbered}\n\nAnswer with the JSON object only."
    )

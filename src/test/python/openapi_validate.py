"""Validates an OpenAPI 3.0 document (a JSON file) against the OpenAPI 3.0 schema.

Usage: python3 openapi_validate.py FILE
Prints every error found and exits 1 if there is any, 0 if the document is valid.
Needs openapi-spec-validator (0.5 or later), which bundles the OAS 3.0 JSON schema.
"""
import json
import sys

from openapi_spec_validator import OpenAPIV30SpecValidator


def main(path):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    errors = list(OpenAPIV30SpecValidator(document).iter_errors())
    for error in errors:
        where = "/".join(str(p) for p in error.absolute_path)
        print(f"{where}: {error.message}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

"""Validates the sample report the C++ report test wrote against resources/schema/report.schema.json."""
import json
import sys

import jsonschema

schema_path, report_paths = sys.argv[1], sys.argv[2:]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
for report_path in report_paths:
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    jsonschema.Draft202012Validator(schema).validate(report)
    # A sample without an applied fix would leave half of the schema untested.
    assert report["fixesApplied"], f"{report_path}: no fix applied in the sample"
    # The messages as data: a sample of plain strings only would leave the message's objects untested.
    assert any(isinstance(c["summaryMessage"], dict) and "source" in c["summaryMessage"] for c in report["checks"]), \
        f"{report_path}: no summary as a message of the catalogue"
    print(f"{report_path}: valid against {schema_path} ({len(report['checks'])} checks, "
          f"{len(report['fixesApplied'])} fixes applied)")

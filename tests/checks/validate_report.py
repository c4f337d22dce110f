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
    print(f"{report_path}: valid against {schema_path} ({len(report['checks'])} checks, "
          f"{len(report['fixesApplied'])} fixes applied)")

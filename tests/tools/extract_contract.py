#!/usr/bin/env python3
"""Extracts the response schemas the emulator must follow from the service contract (../shared/api)
into tests/contract/schemas.json, a small JSON-Schema-like form the C++ contract test reads:

  {"openai": {Name: node}, "azure_v1": {...}, "classic": {...}}
  node: {"types": [...], "enum": [...], "required": [...], "properties": {k: node}, "items": node,
         "ref": "Name", "any_of": [node, ...], "additional": node}

Run from the repository root:  python3 tests/tools/extract_contract.py ../shared/api
"""
import json
import sys
from pathlib import Path

import yaml

OPENAI = ["FineTuningJob", "OpenAIFile", "Upload", "UploadPart", "FineTuningJobEvent", "FineTuningJobCheckpoint",
          "Model", "ListFilesResponse", "ListPaginatedFineTuningJobsResponse", "ListFineTuningJobEventsResponse",
          "ListFineTuningJobCheckpointsResponse", "ListModelsResponse", "DeleteFileResponse", "DeleteModelResponse",
          "ErrorResponse", "CreateChatCompletionResponse", "ValidateGraderResponse"]
AZURE_V1 = ["AzureOpenAIFile", "AzureListFilesResponse", "AzureErrorResponse", "OpenAI.FineTuningJob",
            "OpenAI.FineTuningJobCheckpoint", "OpenAI.FineTuningJobEvent", "OpenAI.Model", "CopyModelResponse"]
CLASSIC = ["FineTuningJob", "File", "FileList", "FileDelete", "FineTuningJobList", "FineTuningJobEventList",
           "FineTuningJobCheckpointList", "Model", "ModelList", "ErrorResponse", "UploadResource",
           "UploadPartResource"]


def convert(node, prefix_ref):
    if not isinstance(node, dict):
        return {}
    if "$ref" in node:
        return {"ref": node["$ref"].split("/")[-1]}
    out = {}
    for key in ("anyOf", "oneOf"):
        if key in node:
            out["any_of"] = [convert(n, prefix_ref) for n in node[key]]
    if "allOf" in node:
        parts = [convert(n, prefix_ref) for n in node["allOf"]]
        parts = [p for p in parts if p and p != {"types": ["null"]}]
        if len(parts) == 1:
            out.update(parts[0])
    t = node.get("type")
    if t is not None:
        out["types"] = t if isinstance(t, list) else [t]
    if node.get("nullable") and "types" in out:
        out["types"].append("null")
    if "enum" in node:
        out["enum"] = node["enum"]
    if "required" in node:
        out["required"] = node["required"]
    if "properties" in node:
        out["properties"] = {k: convert(v, prefix_ref) for k, v in node["properties"].items()}
    if "items" in node:
        out["items"] = convert(node["items"], prefix_ref)
    if isinstance(node.get("additionalProperties"), dict):
        out["additional"] = convert(node["additionalProperties"], prefix_ref)
    return out


def closure(schemas, names):
    """The named schemas plus every schema they reference."""
    todo, seen = list(names), {}
    while todo:
        n = todo.pop()
        if n in seen or n not in schemas:
            continue
        seen[n] = convert(schemas[n], "")
        stack = [seen[n]]
        while stack:
            x = stack.pop()
            if isinstance(x, dict):
                if "ref" in x:
                    todo.append(x["ref"])
                stack.extend(x.values())
            elif isinstance(x, list):
                stack.extend(x)
    return dict(sorted(seen.items()))


def main():
    api = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/api")
    openai = yaml.safe_load((api / "openai-finetune-subset.yaml").read_text())["components"]["schemas"]
    v1 = yaml.safe_load((api / "azure/v1-azure-v1-v1-generated.finetune-excerpt.yaml").read_text())["components"]["schemas"]
    classic = yaml.safe_load((api / "azure/authoring-2025-04-01-preview.finetune-excerpt.yaml").read_text())["definitions"]
    out = {
        "source": "extracted by tests/tools/extract_contract.py from ../shared/api",
        "openai": closure(openai, OPENAI),
        # The v1 excerpt names OpenAI's schemas "OpenAI.<Name>" without repeating them.
        "azure_v1": closure({**{"OpenAI." + k: v for k, v in openai.items()}, **openai, **v1}, AZURE_V1),
        "classic": closure(classic, CLASSIC),
    }
    target = Path(__file__).resolve().parents[1] / "contract" / "schemas.json"
    target.write_text(json.dumps(out, indent=1, sort_keys=False) + "\n")
    print(f"wrote {target}: " + ", ".join(f"{k}={len(v)}" for k, v in out.items() if isinstance(v, dict)))


if __name__ == "__main__":
    main()

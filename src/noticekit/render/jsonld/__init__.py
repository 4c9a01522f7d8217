"""The JSON-LD output: a notice as W3C DPV linked data."""

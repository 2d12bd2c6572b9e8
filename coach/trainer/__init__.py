"""The trainer's tools behind `coach packs`: drafting a rubric from model answers, checking a
pack (lint, calibrate) and the pack files themselves (starter, schema, install).

Drafting, by job: reading (the input tables), terms (key terms and the forms worth listing),
parts (a question's parts and how many items it asks for), fitting (`require` from graded
answers), scorer (the one door into the engine), emit (YAML text) and drafting (all together).
Pure: functions return data or raise CoachError; coach/cli_packs.py prints. Nothing is
imported here, so that a command loads only the modules it uses.
"""

"""Tests of the lint engine, its configuration, suppressions, registry and command."""

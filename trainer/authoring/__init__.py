"""Tools for people who write scenarios: see what a reply matched, lint what cannot work, check examples."""

"""triage: the reporting-mailbox triage pipeline of a departmental council of the Ordre des médecins.

source -> unwrap -> extract -> classify -> store -> campaigns -> digest / review
"""

__version__ = "0.1.0"

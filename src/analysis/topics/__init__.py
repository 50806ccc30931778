"""The notebooks' topics, apart from the text pipeline: each reads the processed tables and the curated data.

``overview`` (the corpus in numbers), ``history`` (phases and the chronology check), ``reference`` (the sourced
reference files: SIPRI registers, context events), ``claims`` (the articles' checkable claims against the
reference), ``narrative`` (roles, speakers and hedges of the sanctions debate) and ``sanctions`` (the CAATSA
decision against the record). None of them imports the build.
"""

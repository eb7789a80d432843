"""One engine for asking: questions, drafts, prompts, talk content, rehearsal feedback."""

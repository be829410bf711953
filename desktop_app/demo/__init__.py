"""The demonstration portfolio: a generator of plausible subscribers, policies and claim
files, loaded through the services (not a use case of the office)."""

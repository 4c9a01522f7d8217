"""Reference data shipped with noticekit, read lazily from `noticekit/data/`: the DPV 2.3 term
list and the register of EEA supervisory authorities. Nothing here is fetched over the network."""

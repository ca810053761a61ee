//! The proposer on both fixture articles' raw texts.

//! Reading and validating `content/` (build time and native tests only).

pub mod numbers;
pub mod page;
pub mod source;

#[cfg(test)]
mod tests;

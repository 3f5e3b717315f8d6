import SamenlevenReaders

/// Operating-system errors in Dutch: the readers' translation of `errno` values, named here too so
/// that the modules above the model use the one translation without importing the readers.
public typealias Systeemfout = SamenlevenReaders.Systeemfout

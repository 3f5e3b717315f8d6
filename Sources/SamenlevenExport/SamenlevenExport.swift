// SamenlevenExport

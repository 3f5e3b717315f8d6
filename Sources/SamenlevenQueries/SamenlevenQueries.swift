// SamenlevenQueries

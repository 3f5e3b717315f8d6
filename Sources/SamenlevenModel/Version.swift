public enum SamenlevenModelInfo { public static let version = "0.1.0" }

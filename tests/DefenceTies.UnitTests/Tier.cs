// Every test here is of the fast tier: no file, server or process.
[assembly: Trait(TestTier.Name, TestTier.Fast)]

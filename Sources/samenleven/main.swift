print("samenleven")

print("erqi: under construction")

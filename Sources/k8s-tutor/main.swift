print("k8s-tutor")

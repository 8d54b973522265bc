resource "aws_lambda_function" "bad_env" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"

  environment {
    variables = {
      UPSTREAM_ID     = "AKIATESTFIXTURE2KEY7"
      SECRET_KEY      = "fixtureSecretKey/For+Tests00000000000000"
      DOCS_EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
    }
  }
}

resource "aws_instance" "bad_user_data" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = "app"
  user_data            = <<-EOT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIATESTFIXTURE2KEY7
    export AWS_SECRET_ACCESS_KEY=fixtureSecretKey/For+Tests00000000000000
  EOT
}

resource "aws_ssm_parameter" "bad_plain" {
  name  = "/app/deploy-key"
  type  = "String"
  value = "-----BEGIN OPENSSH PRIVATE KEY-----\nfixture\n-----END OPENSSH PRIVATE KEY-----"
}

resource "aws_ecs_task_definition" "bad_task" {
  family = "app"
  container_definitions = jsonencode([
    {
      name  = "app"
      image = "app:latest"
      environment = [
        { name = "AWS_SECRET_ACCESS_KEY", value = "fixtureSecretKey/For+Tests00000000000000" },
      ]
    },
  ])
}

resource "aws_ssm_parameter" "good_secure" {
  name  = "/app/key-id"
  type  = "SecureString"
  value = "AKIATESTFIXTURE2KEY7"
}

resource "aws_lambda_function" "good_env" {
  function_name = "reader"
  role          = "arn:aws:iam::123456789012:role/reader"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"

  environment {
    variables = {
      SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:app"
    }
  }
}

resource "aws_instance" "bad_user_data_base64" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = "app"
  user_data_base64     = base64encode("#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIATESTFIXTURE2KEY7\n")
}

# Encoded by hand: "#!/bin/bash\nGITHUB_TOKEN=ghp_fixtureTokenForTests0000000000000000\n".
resource "aws_launch_configuration" "bad_encoded_literal" {
  name_prefix          = "app-"
  image_id             = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = "app"
  user_data_base64     = "IyEvYmluL2Jhc2gKR0lUSFVCX1RPS0VOPWdocF9maXh0dXJlVG9rZW5Gb3JUZXN0czAwMDAwMDAwMDAwMDAwMDAK"
}

variable "upstream_key" {
  type    = string
  default = "AKIATESTFIXTURE2KEY7"
}

# Through a variable's default: the message names the default but never repeats its value.
resource "aws_lambda_function" "bad_through_default" {
  function_name = "through-default"
  role          = "arn:aws:iam::123456789012:role/app"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "app.zip"
  environment {
    variables = { UPSTREAM_ID = var.upstream_key }
  }
}

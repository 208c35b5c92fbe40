# bash completion for fansly-connect-cli. Installed to
# /usr/share/bash-completion/completions/fansly-connect-cli (loaded on first use).
# The command and option lists follow `fansly-connect-cli help COMMAND`; the test
# packaging_completion checks every option the help names is here.

_fansly_connect_cli()
{
    local cur prev words cword
    _init_completion || return

    local global="--api-base-url --api-key-file --practice --practice-rate-limit --json
                  --verbose --help --version --lang"
    local commands="connect status reauth accounts disconnect key proxies help"

    # Options that take a value: complete the value, not another option.
    case $prev in
        --api-key-file)
            _filedir
            return
            ;;
        --proxy-country)
            COMPREPLY=($(compgen -W "us uk" -- "$cur"))
            return
            ;;
        --lang)
            COMPREPLY=($(compgen -W "en de es fr it pt_BR pl ru uk fil ar" -- "$cur"))
            return
            ;;
        --api-base-url | --practice-rate-limit | --username | --name | --proxy | --proxy-user | \
            --proxy-profile | --timeout)
            return
            ;;
    esac

    # The command is the first word that is neither an option nor an option's value.
    local i command="" sub=""
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --api-base-url | --api-key-file | --practice-rate-limit | --lang | --username | \
                --name | --proxy-country | --proxy | --proxy-user | --proxy-profile | --timeout)
                ((i++))
                ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    command=${words[i]}
                elif [[ -z $sub ]]; then
                    sub=${words[i]}
                fi
                ;;
        esac
    done

    local options=""
    case $command in
        "")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "$global" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            fi
            return
            ;;
        help)
            [[ -z $sub ]] && COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            return
            ;;
        connect)
            options="--username --name --proxy-country --proxy --proxy-user --proxy-profile
                     --force --password-stdin --timeout"
            ;;
        status) options="--wait --timeout" ;;
        reauth) options="--timeout" ;;
        disconnect) options="--yes" ;;
        key)
            if [[ -z $sub ]]; then
                COMPREPLY=($(compgen -W "set check forget" -- "$cur"))
                return
            fi
            [[ $sub == set ]] && options="--no-check"
            ;;
        proxies)
            if [[ -z $sub ]]; then
                COMPREPLY=($(compgen -W "list add remove" -- "$cur"))
                return
            fi
            [[ $sub == add ]] && options="--proxy --proxy-user"
            ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$global $options" -- "$cur"))
    fi
} &&
    complete -F _fansly_connect_cli fansly-connect-cli
